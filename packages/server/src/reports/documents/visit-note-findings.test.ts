import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { indicatorRow } from './visit-note-findings';

describe(indicatorRow.name, () => {
  test('gives each side of an occipital cell its own row, naming site and side', () => {
    const cell = { indicator: 'occipital_fibers', site: { line: 2, area: 5 } } as const;
    const pre = (side: 'L' | 'R', grade: 1 | 2) => ({ ...cell, phase: 'pre' as const, side, grade });
    assert.deepEqual(
      indicatorRow({ ...cell, side: 'L', pre: pre('L', 2), change: 'not_rechecked' }, 'Occipital fibres'),
      ['Occipital fibres', 'line 2, area 5', 'left', 'grade 2', '—', 'not re-checked'],
    );
    assert.deepEqual(
      indicatorRow({ ...cell, side: 'R', pre: pre('R', 1), change: 'not_rechecked' }, 'Occipital fibres'),
      ['Occipital fibres', 'line 2, area 5', 'right', 'grade 1', '—', 'not re-checked'],
    );
  });

  test('names the fossa of an arm–fossa row', () => {
    const f = {
      indicator: 'arm_fossa',
      phase: 'pre',
      side: 'R',
      site: { fossa: 'lower' },
      positive: true,
    } as const;
    assert.deepEqual(
      indicatorRow(
        { indicator: 'arm_fossa', site: { fossa: 'lower' }, side: 'R', pre: f, change: 'not_rechecked' },
        'Arm–fossa',
      ),
      ['Arm–fossa', 'lower fossa', 'right', 'positive', '—', 'not re-checked'],
    );
  });
});
