import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { conflictRows } from './conflict-rows';
import type { DraftField } from './describe-draft';

const findings = (...lines: string[]): DraftField => ({
  label: 'Pre-check findings',
  text: lines.join('\n'),
  list: true,
});

describe(conflictRows.name, () => {
  test('leaves out the fields both versions have the same', () => {
    const same = [{ label: 'Chief complaint', text: 'Low back pain' }, findings('Leg check L 5 mm')];
    assert.deepEqual(conflictRows(same, same), []);
  });

  test('shows of a list only the items that differ, one a side', () => {
    assert.deepEqual(
      conflictRows(
        [findings('Leg check L 5 mm', 'Arm–fossa test R+', 'Dollar sign +')],
        [findings('Leg check L 5 mm', 'Arm–fossa test L+', 'Dollar sign +')],
      ),
      [{ label: 'Pre-check findings', mine: 'Arm–fossa test R+', theirs: 'Arm–fossa test L+' }],
    );
  });

  test('an item only one version has leaves the other side empty', () => {
    assert.deepEqual(
      conflictRows([findings('Leg check L 5 mm')], [findings('Leg check L 5 mm', 'Dollar sign +')]),
      [{ label: 'Pre-check findings', mine: '', theirs: 'Dollar sign +' }],
    );
  });

  test('shows a text whole, as a sentence needs its context', () => {
    assert.deepEqual(
      conflictRows(
        [{ label: 'Subjective', text: 'Worse after gardening.\nSleeps well.' }],
        [{ label: 'Subjective', text: 'Worse after gardening.\nSleeps badly.' }],
      ),
      [
        {
          label: 'Subjective',
          mine: 'Worse after gardening.\nSleeps well.',
          theirs: 'Worse after gardening.\nSleeps badly.',
        },
      ],
    );
  });
});
