import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { suggestCoding, type CodingInput } from '@sotchart/engine';
import { codingFromSuggestion } from './coding-from-suggestion';

const suggestionOf = (input: CodingInput) => {
  const result = suggestCoding(input);
  assert.ok(result.ok);
  return result.value;
};

describe(codingFromSuggestion.name, () => {
  test('lists the suggested diagnoses then the secondary one, puts AT on the spinal line and points 98943 at head and extremity work (clinical-notes §1.4–1.6)', () => {
    const suggestion = suggestionOf({
      adjustedSegments: [
        { segment: 'L5', part: ['P', 'R'] },
        { segment: 'T4', part: ['R', 'T'] },
      ],
      blocking: { part: ['A', 'T'] },
      cranial: true,
      extraspinalRegions: ['lower_extremity'],
      phase: 'active',
      abnOnFile: false,
    });
    assert.deepEqual(codingFromSuggestion(suggestion, ['M54.50']), {
      diagnoses: ['M99.02', 'M99.03', 'M99.05', 'M99.00', 'M99.06', 'M54.50'],
      lines: [
        { code: '98941', modifiers: ['AT'], pointers: [1, 2, 3, 6], units: 1 },
        { code: '98943', modifiers: [], pointers: [4, 5], units: 1 },
      ],
      overrides: [],
    });
  });

  test('puts GA on the spinal line in maintenance care with an ABN on file (clinical-notes §1.4)', () => {
    const suggestion = suggestionOf({
      adjustedSegments: [{ segment: 'C1', part: ['P', 'A'] }],
      blocking: null,
      cranial: false,
      extraspinalRegions: [],
      phase: 'maintenance',
      abnOnFile: true,
    });
    assert.deepEqual(codingFromSuggestion(suggestion), {
      diagnoses: ['M99.01'],
      lines: [{ code: '98940', modifiers: ['GA'], pointers: [1], units: 1 }],
      overrides: [],
    });
  });

  test('does not list a secondary diagnosis twice', () => {
    const suggestion = suggestionOf({
      adjustedSegments: [{ segment: 'L5', part: ['P', 'R'] }],
      blocking: null,
      cranial: false,
      extraspinalRegions: [],
      phase: 'active',
      abnOnFile: false,
    });
    assert.deepEqual(codingFromSuggestion(suggestion, ['M99.03']).diagnoses, ['M99.03']);
  });
});
