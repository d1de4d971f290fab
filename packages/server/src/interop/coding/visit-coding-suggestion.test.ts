import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { VisitRecordSchema } from '@sotchart/contract';
import { codingSuggestionRows, visitCodingSuggestion } from './visit-coding-suggestion';

const record = (treatment: Record<string, unknown>, part: { segment: string; letters: string[] }[]) =>
  VisitRecordSchema.parse({ treatment, part });

describe(visitCodingSuggestion.name, () => {
  test('suggests from adjusted segments, blocking at IL and cranial work (REFERENCE §8)', () => {
    const s = visitCodingSuggestion(
      record(
        {
          blocks: [{ side: 'R', landmark: 'iliac_crest', minutes: 4 }],
          adjustments: [
            { segment: 'L5', technique: 'Drop' },
            { segment: 'L5', technique: 'Again' },
          ],
          cranial: [{ structure: 'temporal' }],
        },
        [
          { segment: 'L5', letters: ['P'] },
          { segment: 'IL', letters: ['A', 'T'] },
        ],
      ),
      { phase: 'maintenance', abnDate: '2026-01-05' },
    );
    assert.ok(s !== null);
    assert.deepEqual(
      s.procedures.map((p) => p.code),
      ['98940', '98943'],
    );
    const rows = Object.fromEntries(codingSuggestionRows(s));
    assert.equal(
      rows['Suggested diagnoses'],
      'M99.03 (lumbar region), M99.05 (pelvic region), M99.00 (head region)',
    );
    assert.match(rows['Suggested modifier'] ?? '', /^GA: /);
    assert.match(rows['PART check'] ?? '', /^L5: /);
  });

  test('suggests nothing when nothing was treated', () => {
    assert.equal(visitCodingSuggestion(record({}, []), null), null);
  });
});
