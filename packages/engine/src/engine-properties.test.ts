import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Finding, Side } from './findings/finding';
import { validateFindings } from './findings/validate-findings';
import { defaultPack } from './protocol/default-pack';
import { mergePack } from './protocol/merge-pack';
import type { ProtocolPack } from './protocol/protocol-pack';
import type { CodingInput } from './coding/coding-input';
import { runEngine, type EngineInput } from './run-engine';
import { redFlagIds } from './safety/red-flags';
import { contraindicationIds } from './safety/contraindications';
import { changes } from './verification/change';
import { positiveBefore, verify } from './verification/verify';

// Arbitrary valid visits over the default catalog: each indicator appears at most once per phase and
// site (and side, for per-side indicators), encoded as REFERENCE §2 says.

const sided = fc.constantFrom<Side>('L', 'R', 'bilateral');
const lr = fc.constantFrom<'L' | 'R'>('L', 'R');

/** A pos/neg value: negative on both sides, or positive on one or both. */
const posneg = fc.oneof(
  fc.constant({ side: 'none' as const, positive: false }),
  sided.map((side) => ({ side, positive: true })),
);
const grade = fc.constantFrom<0 | 1 | 2 | 3>(0, 1, 2, 3);
const graded = fc.oneof(
  fc.constant({ side: 'none' as const, grade: 0 as const }),
  fc.record({ side: sided, grade }),
);

const valueFor: Record<string, fc.Arbitrary<Omit<Finding, 'indicator' | 'phase'>>> = {
  leg_check: fc.oneof(
    fc.constant({ side: 'none' as const, mm: 0 }),
    fc.record({ side: lr, mm: fc.integer({ min: 1, max: 25 }) }),
  ),
  anatomical_leg_difference: fc.record({ side: lr, mm: fc.integer({ min: 1, max: 30 }) }),
  heel_tension: fc.oneof(posneg, fc.record({ side: sided, positive: fc.constant(true), grade })),
  locked_pelvis: fc.record({ positive: fc.boolean() }),
  pelvic_sway: fc.record({ positive: fc.boolean() }),
  compaction_test: fc.record({ positive: fc.boolean() }),
  antalgic_posture: fc.record({
    positive: fc.boolean(),
    site: fc.record({ direction: fc.constantFrom('left', 'right') }),
  }),
  cervical_stairstep: fc.record({
    positive: fc.boolean(),
    site: fc.record({ level: fc.constantFrom('C3' as const, 'C5' as const) }),
  }),
  cranial_restriction: posneg.map((v) => ({ ...v, site: { structure: 'sphenoid' } })),
  ts_point: posneg.map((v) => ({ ...v, site: { level: 'T5' as const, structure: 'A' } })),
  sacral_base: posneg.map((v) => (v.positive ? { ...v, site: { direction: 'anterior' } } : v)),
  ...Object.fromEntries(
    [
      'dollar_sign',
      'crest_sign',
      'first_rib_fixation',
      'inguinal_tenderness',
      'knee_sensitivity',
      'scalene_sensitivity',
      'first_rib_tubercle_pain',
      'psoas',
      'piriformis',
      'head_tilt',
    ].map((id) => [id, posneg]),
  ),
  ...Object.fromEntries(
    [...redFlagIds, ...contraindicationIds].map((id) => [id, fc.record({ positive: fc.boolean() })]),
  ),
};

type Value = Omit<Finding, 'indicator' | 'phase'>;

/**
 * A per-side indicator's findings at one site: one finding per side examined, L or R (REFERENCE §2;
 * issue 18). The generated value's side is replaced by that side, so a `none` value is a negative one.
 */
const perSide = (value: fc.Arbitrary<Value>): fc.Arbitrary<Value[]> =>
  fc
    .subarray(['L', 'R'] as const, { minLength: 1 })
    .chain((sides) => fc.tuple(...sides.map((side) => value.map((v): Value => ({ ...v, side })))));

const perSideFor: Record<string, fc.Arbitrary<Value[]>> = {
  slr: perSide(
    fc.oneof(
      fc.record({
        side: fc.constant('none' as const),
        degrees: fc.integer({ min: 0, max: 90 }),
        symptomReproduced: fc.constant(false),
      }),
      fc.record({ side: sided, degrees: fc.integer({ min: 0, max: 90 }), symptomReproduced: fc.boolean() }),
    ),
  ),
  sciatic_pain_points: perSide(graded),
  zygomatic_rom: perSide(graded),
};

const fossae = fc
  .subarray(['upper', 'lower'] as const)
  .chain((sites) =>
    fc.tuple(
      ...sites.map((fossa) =>
        posneg.map((v): Finding => ({ indicator: 'arm_fossa', phase: 'pre', site: { fossa }, ...v })),
      ),
    ),
  );
const fibres = fc
  .uniqueArray(
    fc.record({
      line: fc.constantFrom<1 | 2 | 3>(1, 2, 3),
      area: fc.constantFrom<1 | 2 | 3 | 4 | 5 | 6 | 7>(1, 2, 3, 4, 5, 6, 7),
      values: perSide(graded),
    }),
    { maxLength: 4, selector: (c) => `${c.line}/${c.area}` },
  )
  .map((cells) =>
    cells.flatMap((c) =>
      c.values.map((v): Finding => ({
        indicator: 'occipital_fibers',
        phase: 'pre',
        site: { line: c.line, area: c.area },
        ...v,
      })),
    ),
  );

/** A visit's pre-check (red flags off unless asked), with some findings re-tested post. */
const visit = (redFlagsOff = true): fc.Arbitrary<Finding[]> =>
  fc
    .tuple(
      fc.tuple(
        ...Object.entries(valueFor).map(([indicator, value]) =>
          fc.option(
            value.map((v): Finding => ({ indicator, phase: 'pre', ...v })),
            { nil: undefined },
          ),
        ),
      ),
      fc.tuple(
        ...Object.entries(perSideFor).map(([indicator, values]) =>
          fc.option(
            values.map((vs) => vs.map((v): Finding => ({ indicator, phase: 'pre', ...v }))),
            { nil: [] },
          ),
        ),
      ),
      fossae,
      fibres,
      fc.array(fc.nat(), { maxLength: 8 }),
    )
    .map(([singles, sides, fossa, fibre, postPicks]) => {
      const pre = [...singles, ...sides.flat(), ...fossa, ...fibre]
        .filter((f): f is Finding => f !== undefined)
        .map((f) => (redFlagsOff && f.indicator.startsWith('rf_') ? { ...f, positive: false } : f));
      const retestable = pre.filter((f) => !f.indicator.startsWith('rf_') && !f.indicator.startsWith('ci_'));
      const posts = [...new Set(postPicks.map((n) => retestable[n % Math.max(1, retestable.length)]))]
        .filter((f): f is Finding => f !== undefined)
        .map((f): Finding => ({ ...f, phase: 'post' }));
      return [...pre, ...posts];
    });

const permuted = visit().chain((v) =>
  fc.tuple(fc.constant(v), fc.shuffledSubarray(v, { minLength: v.length, maxLength: v.length })),
);

const packs: ProtocolPack[] = [
  defaultPack,
  mergePack(defaultPack, { priority: 'ii_first', placements: { III: { preset: 'iii_trochanter_asis' } } }, 1),
  mergePack(
    defaultPack,
    { cmrtMap: { '1': ['T1'], '2': ['T2', 'T3'], '5': ['T5'] }, disableIndicators: ['heel_tension'] },
    2,
  ),
];
const anyPack = fc.constantFrom(...packs);

/** A treatment that codes (one adjusted segment with PART letters), so coding is not null by default. */
const adjustedL5: CodingInput = {
  adjustedSegments: [{ segment: 'L5', part: ['P', 'A'] }],
  blocking: null,
  cranial: false,
  extraspinalRegions: [],
  phase: 'active',
  abnOnFile: false,
};
const anyCoding = fc.constantFrom<CodingInput | null>(null, adjustedL5);

const input = (findings: readonly Finding[], coding: CodingInput | null = null): EngineInput => ({
  findings,
  overrides: [],
  coding,
});

/** Two visits' examinations compared as pre and post: any valid pre-check against any other. */
const prePost = fc.tuple(visit(false), visit(false)).map(([a, b]) => ({
  pre: a.filter((f) => f.phase === 'pre'),
  post: b.filter((f) => f.phase === 'pre').map((f): Finding => ({ ...f, phase: 'post' })),
}));

describe('engine properties', () => {
  test('generated visits are valid findings (REFERENCE §2)', () => {
    fc.assert(
      fc.property(visit(false), (findings) => {
        const result = validateFindings(findings, defaultPack);
        assert.deepEqual(result.ok ? [] : result.error.details, []);
      }),
    );
  });

  test('gives the same result whatever the order of the findings', () => {
    fc.assert(
      fc.property(permuted, anyPack, anyCoding, ([original, shuffled], pack, coding) => {
        assert.deepEqual(runEngine(input(shuffled, coding), pack), runEngine(input(original, coding), pack));
      }),
      { numRuns: 200 },
    );
  });

  test('gives the same result every time for the same input', () => {
    fc.assert(
      fc.property(visit(false), anyPack, anyCoding, (findings, pack, coding) => {
        assert.deepEqual(runEngine(input(findings, coding), pack), runEngine(input(findings, coding), pack));
      }),
    );
  });

  test('never throws on valid input', () => {
    fc.assert(
      fc.property(visit(false), anyPack, (findings, pack) => {
        const s = runEngine(
          {
            findings,
            overrides: [{ contraindication: 'ci_pregnancy', reason: 'adapted' }],
            coding: adjustedL5,
          },
          pack,
        );
        assert.ok(['I', 'II', 'III', 'none', 'undetermined'].includes(s.analysis.category));
      }),
      { numRuns: 300 },
    );
  });

  test('withholds the blocking plan when a red flag is present (REFERENCE §7)', () => {
    fc.assert(
      fc.property(visit(), fc.constantFrom(...redFlagIds), anyPack, (findings, flag, pack) => {
        const withFlag = [
          ...findings.filter((f) => f.indicator !== flag),
          { indicator: flag, phase: 'pre' as const, positive: true },
        ];
        const s = runEngine(input(withFlag, adjustedL5), pack);
        assert.equal(s.plan, null);
        assert.deepEqual(s.cmrt, []);
        assert.equal(s.heelLift, null);
        assert.equal(s.coding, null);
        assert.equal(s.analysis.category, 'undetermined');
        assert.ok(s.analysis.referral?.flags.includes(flag));
      }),
      { numRuns: 200 },
    );
  });

  test('requires an override reason whenever a plan meets a positive contraindication (REFERENCE §7)', () => {
    fc.assert(
      fc.property(visit(), fc.constantFrom(...contraindicationIds), (findings, ci) => {
        const withCi = [
          ...findings.filter((f) => f.indicator !== ci),
          { indicator: ci, phase: 'pre' as const, positive: true },
        ];
        const plan = runEngine(input(withCi), defaultPack).plan;
        if (plan !== null) assert.equal(plan.overrideRequired, true);
      }),
    );
  });

  test('counts only positive pre-check findings and never scores (REFERENCE §3)', () => {
    fc.assert(
      fc.property(visit(), (findings) => {
        const a = runEngine(input(findings), defaultPack).analysis;
        for (const c of a.counted) assert.ok(['P', 'S'].includes(c.role));
        assert.equal(a.level === null, a.category === 'none' || a.category === 'undetermined');
        assert.equal(Object.keys(a).includes('score'), false);
      }),
    );
  });

  // The headline "positiveCleared of positivePre cleared" can never claim more than was there, and
  // every item is counted exactly once: in its change, or (negative, not re-checked) apart.
  test('keeps the verification summary consistent with its items (REFERENCE §9)', () => {
    fc.assert(
      fc.property(prePost, anyPack, ({ pre, post }, pack) => {
        const v = verify(pre, post, pack);
        assert.ok(v.summary.positiveCleared <= v.summary.positivePre);
        assert.ok(v.summary.positiveCleared <= v.summary.cleared);
        const counted = changes.reduce((n, c) => n + v.summary[c], 0) + v.summary.negativeNotRechecked;
        assert.equal(counted, v.items.length);
        // Consumers read an item's pre-treatment positivity with positiveBefore; it must agree.
        assert.equal(v.items.filter(positiveBefore).length, v.summary.positivePre);
      }),
      { numRuns: 300 },
    );
  });

  // Screen answers are answers, not examination results: they never become verification items.
  test('never turns a red-flag or contraindication answer into a verification item (REFERENCE §9)', () => {
    fc.assert(
      fc.property(prePost, anyPack, ({ pre, post }, pack) => {
        const ids = verify(pre, post, pack).items.map((i) => i.indicator);
        assert.deepEqual(
          ids.filter((id) => id.startsWith('rf_') || id.startsWith('ci_')),
          [],
        );
      }),
    );
  });

  // Items are matched per side, so comparing a visit with itself can only read as unchanged.
  test('reads a visit compared with itself as unchanged on every item (REFERENCE §9)', () => {
    fc.assert(
      fc.property(prePost, anyPack, ({ pre }, pack) => {
        const again = pre.map((f): Finding => ({ ...f, phase: 'post' }));
        const v = verify(pre, again, pack);
        assert.deepEqual(
          v.items.filter((i) => i.change !== 'unchanged').map((i) => [i.indicator, i.side, i.change]),
          [],
        );
      }),
    );
  });

  test('validation never accepts a malformed finding (REFERENCE §2 Invalid)', () => {
    const breakers: ((f: Finding) => Record<string, unknown>)[] = [
      (f) => ({ ...f, indicator: 'zz_unknown' }),
      (f) => ({ ...f, phase: 'during' }),
      (f) => ({ ...f, extra: true }),
      (f) => ({ ...f, grade: 4 }),
      (f) => ({ ...f, degrees: 91 }),
      (f) => ({ ...f, mm: -1 }),
      (f) => ({ ...f, side: 'up' }),
      (f) => ({ ...f, site: { ...f.site, line: 4 } }),
      (f) => ({ ...f, note: 7 }),
      (f) => ({ ...f, carriedForward: false }),
      (f) => ({ ...f, side: 'none', positive: true }),
      (f) => {
        const { phase: _phase, ...rest } = f;
        return rest;
      },
    ];
    fc.assert(
      fc.property(
        visit(false).filter((v) => v.length > 0),
        fc.nat(),
        fc.constantFrom(...breakers),
        (findings, n, brk) => {
          const i = n % findings.length;
          const target = findings[i];
          if (target === undefined) return;
          const broken = findings.map((f, j) => (j === i ? brk(target) : f));
          const result = validateFindings(broken, defaultPack);
          assert.equal(result.ok, false);
          if (!result.ok) assert.ok(result.error.details.some((d) => d.path.split('.')[0] === String(i)));
        },
      ),
      { numRuns: 300 },
    );
  });

  test('validation rejects a duplicate of any finding (REFERENCE §2 Invalid)', () => {
    fc.assert(
      fc.property(
        visit(false).filter((v) => v.length > 0),
        fc.nat(),
        (findings, n) => {
          const copy = findings[n % findings.length];
          if (copy === undefined) return;
          assert.equal(validateFindings([...findings, copy], defaultPack).ok, false);
        },
      ),
    );
  });

  test('validation never throws and accepts only well-formed values', () => {
    fc.assert(
      fc.property(fc.array(fc.anything(), { maxLength: 5 }), (input) => {
        const result = validateFindings(input, defaultPack);
        if (result.ok) assert.equal(result.value.length, input.length);
      }),
    );
  });
});
