import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ConfirmedCodingSchema, codingLineText, storedConfirmedCoding } from './confirmed-coding';

describe('ConfirmedCodingSchema', () => {
  test('reads a stored coding of the old shape as lines, modifiers on the spinal CMT line (issue 19)', () => {
    assert.deepEqual(
      storedConfirmedCoding({
        diagnoses: ['M99.03', 'M99.04', 'M99.05', 'M54.50', 'M62.830'],
        procedures: ['98943', '98941'],
        modifiers: ['AT'],
      }),
      {
        diagnoses: ['M99.03', 'M99.04', 'M99.05', 'M54.50', 'M62.830'],
        lines: [
          { code: '98943', modifiers: [], pointers: [1, 2, 3, 4], units: 1 },
          { code: '98941', modifiers: ['AT'], pointers: [1, 2, 3, 4], units: 1 },
        ],
        overrides: [],
      },
    );
  });

  test('puts old modifiers on the first line when no line is spinal CMT', () => {
    assert.deepEqual(
      storedConfirmedCoding({ diagnoses: [], procedures: ['97140', '97110'], modifiers: ['GP'] }).lines,
      [
        { code: '97140', modifiers: ['GP'], pointers: [], units: 1 },
        { code: '97110', modifiers: [], pointers: [], units: 1 },
      ],
    );
  });

  test('reads a record charted before coding as nothing confirmed', () => {
    assert.deepEqual(storedConfirmedCoding(undefined), { diagnoses: [], lines: [], overrides: [] });
  });

  test('keeps a diagnosis as typed and refuses a modifier that is not 2 characters', () => {
    assert.equal(ConfirmedCodingSchema.parse({ diagnoses: ['xyz'] }).diagnoses[0], 'XYZ');
    assert.equal(
      ConfirmedCodingSchema.safeParse({ lines: [{ code: '98940', modifiers: ['ATX'], pointers: [1] }] })
        .success,
      false,
    );
    assert.equal(
      ConfirmedCodingSchema.safeParse({ overrides: [{ rule: 'part.documented', reason: ' ' }] }).success,
      false,
    );
  });

  test('words a line the same everywhere', () => {
    assert.equal(
      codingLineText({ code: '97140', modifiers: ['GP', '59'], pointers: [2, 3], units: 2 }),
      '97140 GP 59 ×2 (dx 2, 3)',
    );
  });
});
