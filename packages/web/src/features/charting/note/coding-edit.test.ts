import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ConfirmedCoding } from '@sotchart/contract';
import { codingEdit } from './coding-edit';

const coding: ConfirmedCoding = {
  diagnoses: ['M99.03', 'M99.04', 'M54.50'],
  lines: [{ code: '98940', modifiers: ['AT'], pointers: [1, 2, 3], units: 1 }],
  overrides: [],
};

describe('codingEdit', () => {
  test('keeps each pointer on its diagnosis when the first-listed diagnosis changes', () => {
    const moved = codingEdit.moveDiagnosis(coding, 2, -1);
    assert.deepEqual(moved.diagnoses, ['M99.03', 'M54.50', 'M99.04']);
    assert.deepEqual(moved.lines[0]?.pointers, [1, 3, 2]);
  });

  test('drops the pointer of a removed diagnosis and renumbers the later ones', () => {
    const removed = codingEdit.removeDiagnosis(coding, 1);
    assert.deepEqual(removed.diagnoses, ['M99.03', 'M54.50']);
    assert.deepEqual(removed.lines[0]?.pointers, [1, 2]);
  });

  test('adds at most 4 modifiers and refuses one that is not 2 characters (CMS-1500 item 24D)', () => {
    let c = coding;
    for (const m of ['GA', 'GZ', '59', 'XS']) c = codingEdit.toggleModifier(c, 0, m);
    assert.deepEqual(c.lines[0]?.modifiers, ['AT', 'GA', 'GZ', '59']);
    assert.deepEqual(codingEdit.toggleModifier(coding, 0, 'ATX').lines[0]?.modifiers, ['AT']);
    assert.deepEqual(codingEdit.toggleModifier(coding, 0, 'at').lines[0]?.modifiers, []);
  });

  test('removes an override when its reason is blanked', () => {
    const reasoned = codingEdit.setOverride(coding, 'part.documented', 'Guarding');
    assert.deepEqual(reasoned.overrides, [{ rule: 'part.documented', reason: 'Guarding' }]);
    assert.deepEqual(codingEdit.setOverride(reasoned, 'part.documented', '  ').overrides, []);
  });
});
