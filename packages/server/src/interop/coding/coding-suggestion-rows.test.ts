import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { VisitRecordSchema, codingInputOf } from '@sotchart/contract';
import { suggestCoding } from '@sotchart/engine';
import { codingSuggestionRows } from './coding-suggestion-rows';

describe(codingSuggestionRows.name, () => {
  test('prints the suggestion as rows to confirm: diagnoses, procedures, modifier, PART (REFERENCE §8)', () => {
    const record = VisitRecordSchema.parse({
      treatment: {
        blocks: [{ side: 'R', landmark: 'iliac_crest', minutes: 4 }],
        adjustments: [{ segment: 'L5', technique: 'Drop' }],
        cranial: [{ structure: 'temporal' }],
      },
      part: [
        { segment: 'L5', letters: ['P'] },
        { segment: 'IL', letters: ['A', 'T'] },
      ],
    });
    const input = codingInputOf(record, 'maintenance', true);
    assert.ok(input !== null);
    const s = suggestCoding(input);
    assert.ok(s.ok);
    const rows = Object.fromEntries(codingSuggestionRows(s.value));
    assert.equal(
      rows['Suggested diagnoses'],
      'M99.03 (lumbar region), M99.05 (pelvic region), M99.00 (head region)',
    );
    assert.equal(rows['Suggested procedures'], '98940 (lumbar, pelvic), 98943 (head)');
    assert.match(rows['Suggested modifier'] ?? '', /^GA: /);
    assert.match(rows['PART check'] ?? '', /^L5: /);
  });
});
