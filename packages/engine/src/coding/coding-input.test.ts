import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CodingInput } from './coding-input';
import { CodingInputSchema } from './coding-input';
import { suggestCoding } from './suggest-coding';

/** A visit with nothing treated, active care, no ABN; rows override what they exercise. */
function makeVisit(overrides: Partial<CodingInput>): CodingInput {
  return {
    adjustedSegments: [],
    blocking: null,
    cranial: false,
    extraspinalRegions: [],
    phase: 'active',
    abnOnFile: false,
    ...overrides,
  };
}

describe('CodingInputSchema', () => {
  test('accepts a complete visit', () => {
    assert.ok(CodingInputSchema.safeParse(makeVisit({ blocking: { part: ['A', 'P'] } })).success);
  });

  const invalid: { name: string; input: unknown; paths: string[] }[] = [
    {
      name: 'a segment listed twice',
      input: makeVisit({
        adjustedSegments: [
          { segment: 'L5', part: ['P', 'A'] },
          { segment: 'L5', part: ['R', 'A'] },
        ],
      }),
      paths: ['adjustedSegments.1.segment'],
    },
    {
      name: 'an unknown segment and PART letter',
      input: { ...makeVisit({}), adjustedSegments: [{ segment: 'C8', part: ['X'] }] },
      paths: ['adjustedSegments.0.segment', 'adjustedSegments.0.part.0'],
    },
    {
      name: 'a repeated PART letter',
      input: makeVisit({ blocking: { part: ['A', 'A'] } }),
      paths: ['blocking.part'],
    },
    {
      name: 'a spinal region given as extraspinal, and an unknown phase',
      input: { ...makeVisit({}), extraspinalRegions: ['lumbar'], phase: 'wellness' },
      paths: ['extraspinalRegions.0', 'phase'],
    },
    {
      name: 'a missing field',
      input: {
        adjustedSegments: [],
        blocking: null,
        cranial: false,
        extraspinalRegions: [],
        phase: 'active',
      },
      paths: ['abnOnFile'],
    },
  ];
  for (const c of invalid)
    test(`answers VALIDATION_FAILED for ${c.name}`, () => {
      const result = suggestCoding(c.input as CodingInput);
      assert.ok(!result.ok);
      assert.equal(result.error.code, 'VALIDATION_FAILED');
      assert.deepEqual(
        result.error.details.map((d) => d.path),
        c.paths,
      );
    });
});
