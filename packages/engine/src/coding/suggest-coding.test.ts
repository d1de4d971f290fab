import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { segments } from '../findings/segment';
import type { CodingInput } from './coding-input';
import { extraspinalRegions } from './cpt-region';
import { suggestCoding, type CodingSuggestion } from './suggest-coding';

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

function suggest(overrides: Partial<CodingInput>): CodingSuggestion {
  const result = suggestCoding(makeVisit(overrides));
  assert.ok(result.ok, JSON.stringify(result));
  return result.value;
}

describe(suggestCoding.name, () => {
  describe('PART per treated segment (clinical-notes §1.1; REFERENCE §8)', () => {
    test('passes a visit whose every adjusted segment has 2 letters including A or R', () => {
      const s = suggest({
        adjustedSegments: [
          { segment: 'C1', part: ['A', 'T'] },
          { segment: 'L5', part: ['P', 'R'] },
        ],
      });
      assert.deepEqual(
        s.partChecks.map((c) => [c.segment, c.passed]),
        [
          ['C1', true],
          ['L5', true],
        ],
      );
    });

    test('fails a segment with P and T only and says A or R is missing', () => {
      const s = suggest({ adjustedSegments: [{ segment: 'T6', part: ['T', 'P'] }] });
      assert.deepEqual(s.partChecks[0], {
        segment: 'T6',
        letters: ['P', 'T'],
        passed: false,
        missing: { needsAOrR: true, moreLetters: 0 },
        summary: 'Needs A or R.',
        via: ['adjustment'],
        rule: s.partChecks[0]?.rule,
      });
      assert.equal(s.partChecks[0]?.rule.id, 'part.two-of-four-with-a-or-r');
      assert.equal(s.diagnoses[0]?.partDocumented, false);
    });

    test('checks IL when blocking was done, failing it without letters (REFERENCE §8: blocking is pelvic)', () => {
      const s = suggest({ blocking: { part: [] } });
      assert.deepEqual(
        s.partChecks.map((c) => [c.segment, c.passed, c.summary]),
        [['IL', false, 'Needs A or R and one more letter (P, A, R or T).']],
      );
    });

    test('passes IL for blocking with its letters, merged with an IL adjustment into one check', () => {
      const s = suggest({ adjustedSegments: [{ segment: 'IL', part: ['P'] }], blocking: { part: ['A'] } });
      assert.equal(s.partChecks.length, 1);
      assert.deepEqual(s.partChecks[0]?.letters, ['P', 'A']);
      assert.deepEqual(s.partChecks[0]?.via, ['adjustment', 'blocking']);
      assert.equal(s.partChecks[0]?.passed, true);
    });
  });

  describe('ICD-10-CM M99.0x by region treated (clinical-notes §1.6; REFERENCE §8)', () => {
    test('codes every spinal region, OC to head (M99.00), SA and CO together to sacral', () => {
      const s = suggest({
        adjustedSegments: [
          { segment: 'CO', part: ['P', 'A'] },
          { segment: 'L5', part: ['P', 'A'] },
          { segment: 'OC', part: ['P', 'A'] },
          { segment: 'T4', part: ['P', 'A'] },
          { segment: 'C5', part: ['P', 'A'] },
          { segment: 'SA', part: ['P', 'A'] },
        ],
        blocking: { part: ['A', 'R'] },
      });
      assert.deepEqual(
        s.diagnoses.map((d) => [d.code, d.region, d.segments]),
        [
          ['M99.00', 'head', ['OC']],
          ['M99.01', 'cervical', ['C5']],
          ['M99.02', 'thoracic', ['T4']],
          ['M99.03', 'lumbar', ['L5']],
          ['M99.04', 'sacral', ['SA', 'CO']],
          ['M99.05', 'pelvic', ['IL']],
        ],
      );
      assert.ok(s.diagnoses.every((d) => d.primaryForSpinalCmt && d.rule.id === 'icd10.m99-by-region'));
    });

    test('puts spinal diagnoses first so the primary is in M99.00–M99.05 (Medicare edit)', () => {
      const s = suggest({
        adjustedSegments: [{ segment: 'L4', part: ['P', 'A'] }],
        extraspinalRegions: ['upper_extremity', 'lower_extremity'],
      });
      assert.deepEqual(
        s.diagnoses.map((d) => [d.code, d.primaryForSpinalCmt]),
        [
          ['M99.03', true],
          ['M99.06', false],
          ['M99.07', false],
        ],
      );
    });

    test('gives an extremity-only visit no diagnosis Medicare accepts as CMT primary', () => {
      const s = suggest({ extraspinalRegions: ['upper_extremity'] });
      assert.deepEqual(
        s.diagnoses.map((d) => [d.code, d.regionName, d.primaryForSpinalCmt, d.partDocumented]),
        [['M99.07', 'Upper extremity', false, null]],
      );
    });

    test('codes cranial work to head (M99.00), listed after the spinal diagnoses and not a spinal one', () => {
      const s = suggest({ adjustedSegments: [{ segment: 'C2', part: ['R', 'T'] }], cranial: true });
      assert.deepEqual(
        s.diagnoses.map((d) => [d.code, d.via, d.supportsSpinalCmt]),
        [
          ['M99.01', ['adjustment'], true],
          ['M99.00', ['cranial'], false],
        ],
      );
    });
  });

  describe('CPT spinal CMT by distinct spinal regions (clinical-notes §1.5; REFERENCE §8)', () => {
    const rows: { name: string; visit: Partial<CodingInput>; code: string | undefined; regions: string[] }[] =
      [
        {
          name: 'three cervical segments and OC are one region → 98940',
          visit: {
            adjustedSegments: [
              { segment: 'OC', part: ['A', 'P'] },
              { segment: 'C1', part: ['A', 'P'] },
              { segment: 'C2', part: ['A', 'P'] },
              { segment: 'C6', part: ['A', 'P'] },
            ],
          },
          code: '98940',
          regions: ['cervical'],
        },
        {
          name: 'blocking alone is the pelvic region → 98940',
          visit: { blocking: { part: ['A', 'P'] } },
          code: '98940',
          regions: ['pelvic'],
        },
        {
          name: 'two regions → 98940',
          visit: {
            adjustedSegments: [
              { segment: 'T5', part: ['A', 'P'] },
              { segment: 'L3', part: ['A', 'P'] },
            ],
          },
          code: '98940',
          regions: ['thoracic', 'lumbar'],
        },
        {
          name: 'three regions (cervical, lumbar, pelvic by blocking) → 98941',
          visit: {
            adjustedSegments: [
              { segment: 'C1', part: ['A', 'P'] },
              { segment: 'L5', part: ['A', 'P'] },
            ],
            blocking: { part: ['A', 'P'] },
          },
          code: '98941',
          regions: ['cervical', 'lumbar', 'pelvic'],
        },
        {
          name: 'four regions, SA and CO counted once → 98941',
          visit: {
            adjustedSegments: [
              { segment: 'C3', part: ['A', 'P'] },
              { segment: 'T8', part: ['A', 'P'] },
              { segment: 'SA', part: ['A', 'P'] },
              { segment: 'CO', part: ['A', 'P'] },
              { segment: 'L2', part: ['A', 'P'] },
            ],
          },
          code: '98941',
          regions: ['cervical', 'thoracic', 'lumbar', 'sacral'],
        },
        {
          name: 'all five regions → 98942',
          visit: {
            adjustedSegments: [
              { segment: 'OC', part: ['A', 'P'] },
              { segment: 'T1', part: ['A', 'P'] },
              { segment: 'L1', part: ['A', 'P'] },
              { segment: 'SA', part: ['A', 'P'] },
              { segment: 'IL', part: ['A', 'P'] },
            ],
          },
          code: '98942',
          regions: ['cervical', 'thoracic', 'lumbar', 'sacral', 'pelvic'],
        },
        {
          name: 'no spinal region (cranial only) → no spinal CMT code',
          visit: { cranial: true },
          code: undefined,
          regions: [],
        },
      ];
    for (const row of rows)
      test(row.name, () => {
        const s = suggest(row.visit);
        const spinal = s.procedures.find((p) => p.code !== '98943');
        assert.equal(spinal?.code, row.code);
        assert.deepEqual(s.spinalRegions, row.regions);
        if (spinal !== undefined) {
          assert.deepEqual(spinal.regions, row.regions);
          assert.equal(spinal.rule.id, 'cpt.spinal-region-count');
        }
      });
  });

  describe('CPT 98943 for extraspinal regions (clinical-notes §1.5; REFERENCE §8: cranial is head)', () => {
    test('suggests 98943 for cranial work and an extremity, noting Medicare does not pay it', () => {
      const s = suggest({
        adjustedSegments: [{ segment: 'L5', part: ['P', 'A'] }],
        cranial: true,
        extraspinalRegions: ['lower_extremity'],
      });
      assert.deepEqual(
        s.procedures.map((p) => [p.code, p.regions, p.note]),
        [
          ['98940', ['lumbar'], null],
          ['98943', ['head', 'lower_extremity'], 'Not paid by Medicare.'],
        ],
      );
    });

    test('does not suggest 98943 for an OC adjustment, which CPT counts as cervical', () => {
      const s = suggest({ adjustedSegments: [{ segment: 'OC', part: ['P', 'A'] }] });
      assert.deepEqual(
        s.procedures.map((p) => p.code),
        ['98940'],
      );
      assert.deepEqual(s.extraspinalRegions, []);
    });
  });

  describe('AT / GA modifier hint (clinical-notes §1.4)', () => {
    const spine = { adjustedSegments: [{ segment: 'L5' as const, part: ['P' as const, 'A' as const] }] };
    const rows: {
      name: string;
      visit: Partial<CodingInput>;
      code: string | null;
      appliesTo: string | null;
    }[] = [
      {
        name: 'active care → AT on the spinal CMT line',
        visit: { ...spine, phase: 'active' },
        code: 'AT',
        appliesTo: '98940',
      },
      {
        name: 'maintenance with an ABN on file → GA, not AT',
        visit: { ...spine, phase: 'maintenance', abnOnFile: true },
        code: 'GA',
        appliesTo: '98940',
      },
      {
        name: 'maintenance without an ABN → neither AT nor GA',
        visit: { ...spine, phase: 'maintenance', abnOnFile: false },
        code: null,
        appliesTo: '98940',
      },
      {
        name: 'active care with extraspinal work only → no modifier',
        visit: { cranial: true, phase: 'active' },
        code: null,
        appliesTo: null,
      },
    ];
    for (const row of rows)
      test(row.name, () => {
        const s = suggest(row.visit);
        assert.equal(s.modifier.code, row.code);
        assert.equal(s.modifier.appliesTo, row.appliesTo);
      });
  });

  test('suggests nothing for a visit with nothing treated', () => {
    const s = suggest({});
    assert.deepEqual(s.diagnoses, []);
    assert.deepEqual(s.procedures, []);
    assert.deepEqual(s.partChecks, []);
    assert.equal(s.modifier.code, null);
  });

  const letter = fc.constantFrom('P' as const, 'A' as const, 'R' as const, 'T' as const);
  const visits = fc.record({
    adjustedSegments: fc.uniqueArray(
      fc.record({ segment: fc.constantFrom(...segments), part: fc.uniqueArray(letter, { maxLength: 4 }) }),
      { selector: (entry) => entry.segment, maxLength: 12 },
    ),
    blocking: fc.option(fc.record({ part: fc.uniqueArray(letter, { maxLength: 4 }) }), { nil: null }),
    cranial: fc.boolean(),
    extraspinalRegions: fc.uniqueArray(fc.constantFrom(...extraspinalRegions)),
    phase: fc.constantFrom('active' as const, 'maintenance' as const),
    abnOnFile: fc.boolean(),
  });

  test('keeps its invariants for any valid visit: code matches region count, spinal dx first, one check per segment', () => {
    fc.assert(
      fc.property(visits, (visit) => {
        const result = suggestCoding(visit);
        assert.ok(result.ok);
        const s = result.value;
        const n = s.spinalRegions.length;
        const spinal = s.procedures.find((p) => p.code !== '98943')?.code;
        assert.equal(spinal, n === 0 ? undefined : n <= 2 ? '98940' : n <= 4 ? '98941' : '98942');
        assert.equal(
          s.procedures.some((p) => p.code === '98943'),
          s.extraspinalRegions.length > 0,
        );
        if (spinal !== undefined) assert.equal(s.diagnoses[0]?.primaryForSpinalCmt, true);
        const expectedChecks = new Set(visit.adjustedSegments.map((a) => a.segment));
        if (visit.blocking !== null) expectedChecks.add('IL');
        assert.equal(s.partChecks.length, expectedChecks.size);
        for (const check of s.partChecks)
          assert.equal(
            check.passed,
            check.letters.length >= 2 && (check.letters.includes('A') || check.letters.includes('R')),
          );
        assert.equal(new Set(s.diagnoses.map((d) => d.code)).size, s.diagnoses.length);
        if (spinal === undefined) assert.equal(s.modifier.code, null);
      }),
      { numRuns: 500 },
    );
  });
});
