import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { defaultPack } from '../protocol/default-pack';
import { mergePack } from '../protocol/merge-pack';
import { validateFindings } from './validate-findings';

const valid: { name: string; finding: Record<string, unknown> }[] = [
  {
    name: 'a negative SLR without degrees (REFERENCE §2: optional when the symptom is not reproduced)',
    finding: { indicator: 'slr', phase: 'pre', side: 'L', symptomReproduced: false },
  },
  {
    name: 'a sided negative',
    finding: { indicator: 'heel_tension', phase: 'pre', side: 'none', positive: false },
  },
  {
    name: 'heel tension with a grade',
    finding: { indicator: 'heel_tension', phase: 'pre', side: 'R', positive: true, grade: 2 },
  },
  {
    name: 'an upper arm-fossa',
    finding: { indicator: 'arm_fossa', phase: 'pre', side: 'L', site: { fossa: 'upper' }, positive: true },
  },
  { name: 'a leg check', finding: { indicator: 'leg_check', phase: 'pre', side: 'R', mm: 6 } },
  { name: 'even legs without mm', finding: { indicator: 'leg_check', phase: 'post', side: 'none' } },
  {
    name: 'an SLR',
    finding: { indicator: 'slr', phase: 'pre', side: 'L', degrees: 35, symptomReproduced: true },
  },
  {
    name: 'occipital fibres with a noted level',
    finding: {
      indicator: 'occipital_fibers',
      phase: 'pre',
      side: 'L',
      site: { line: 2, area: 5, level: 'T5' },
      grade: 1,
    },
  },
  { name: 'an unsided pos/neg', finding: { indicator: 'locked_pelvis', phase: 'pre', positive: true } },
  {
    name: 'an antalgic direction',
    finding: {
      indicator: 'antalgic_posture',
      phase: 'pre',
      site: { direction: 'lean left' },
      positive: true,
    },
  },
  {
    name: 'a TS point',
    finding: {
      indicator: 'ts_point',
      phase: 'pre',
      side: 'R',
      site: { level: 'T5', structure: 'A' },
      positive: true,
    },
  },
  {
    name: 'a cranial restriction',
    finding: {
      indicator: 'cranial_restriction',
      phase: 'pre',
      side: 'L',
      site: { structure: 'sphenoid' },
      positive: true,
    },
  },
  { name: 'a red-flag answer', finding: { indicator: 'rf_fracture', phase: 'pre', positive: false } },
  {
    name: 'a carried-forward finding with a note',
    finding: {
      indicator: 'crest_sign',
      phase: 'pre',
      side: 'R',
      positive: true,
      carriedForward: true,
      note: 'as last visit',
    },
  },
];

const invalid: { name: string; ref: string; input: unknown; details: { path: string; message: string }[] }[] =
  [
    {
      name: 'an unknown indicator',
      ref: '§2 Invalid',
      input: [{ indicator: 'magic_test', phase: 'pre', positive: true }],
      details: [{ path: '0.indicator', message: 'unknown indicator "magic_test"' }],
    },
    {
      name: "side 'none' with positive: true",
      ref: '§2',
      input: [{ indicator: 'arm_fossa', phase: 'pre', side: 'none', positive: true }],
      details: [{ path: '0.side', message: "side 'none' never goes with a positive result" }],
    },
    {
      name: "side 'none' with a positive result",
      ref: '§2',
      input: [{ indicator: 'heel_tension', phase: 'pre', side: 'none', positive: true }],
      details: [{ path: '0.side', message: "side 'none' never goes with a positive result" }],
    },
    {
      name: 'a reproduced SLR symptom without its degrees',
      ref: '§2 slr',
      input: [{ indicator: 'slr', phase: 'pre', side: 'R', symptomReproduced: true }],
      details: [{ path: '0.degrees', message: 'degrees is required for slr when it is positive' }],
    },
    {
      name: "side 'none' on a per-side indicator",
      ref: '§2 per-side',
      input: [{ indicator: 'sciatic_pain_points', phase: 'pre', side: 'none', grade: 0 }],
      details: [
        {
          path: '0.side',
          message: 'side must be L or R for sciatic_pain_points: each side is its own finding',
        },
      ],
    },
    {
      name: "side 'bilateral' on a per-side indicator",
      ref: '§2 per-side',
      input: [{ indicator: 'slr', phase: 'pre', side: 'bilateral', degrees: 40, symptomReproduced: true }],
      details: [{ path: '0.side', message: 'side must be L or R for slr: each side is its own finding' }],
    },
    {
      name: 'a sided indicator without a side',
      ref: '§2',
      input: [{ indicator: 'crest_sign', phase: 'pre', positive: true }],
      details: [{ path: '0.side', message: 'side is required for crest_sign' }],
    },
    {
      name: 'a side on an unsided indicator',
      ref: '§2',
      input: [{ indicator: 'pelvic_sway', phase: 'pre', side: 'L', positive: true }],
      details: [{ path: '0.side', message: 'pelvic_sway has no side' }],
    },
    {
      name: 'a field the shape does not allow',
      ref: '§2',
      input: [{ indicator: 'crest_sign', phase: 'pre', side: 'L', positive: true, degrees: 20 }],
      details: [{ path: '0.degrees', message: "degrees is not part of crest_sign's result" }],
    },
    {
      name: 'a missing result field',
      ref: '§2',
      input: [{ indicator: 'slr', phase: 'pre', side: 'R', degrees: 40 }],
      details: [{ path: '0.symptomReproduced', message: 'symptomReproduced is required for slr' }],
    },
    {
      name: 'a leg check side without mm',
      ref: '§2',
      input: [{ indicator: 'leg_check', phase: 'pre', side: 'L' }],
      details: [{ path: '0.mm', message: 'mm is required for leg_check when side is L, R or bilateral' }],
    },
    {
      name: 'a bilateral short leg',
      ref: '§2',
      input: [{ indicator: 'leg_check', phase: 'pre', side: 'bilateral', mm: 4 }],
      details: [{ path: '0.side', message: 'side must be one of L, R, none for leg_check' }],
    },
    {
      name: 'even legs with a difference',
      ref: '§2',
      input: [{ indicator: 'leg_check', phase: 'pre', side: 'none', mm: 5 }],
      details: [{ path: '0.mm', message: "side 'none' means even legs: mm must be 0" }],
    },
    {
      name: 'a positive leg check',
      ref: '§2',
      input: [{ indicator: 'leg_check', phase: 'pre', side: 'L', mm: 5, positive: true }],
      details: [{ path: '0.positive', message: "positive is not part of leg_check's result" }],
    },
    {
      name: 'a second finding for the same indicator, phase and site',
      ref: '§2',
      input: [
        { indicator: 'crest_sign', phase: 'pre', side: 'L', positive: true },
        { indicator: 'crest_sign', phase: 'pre', side: 'R', positive: true },
      ],
      details: [
        {
          path: '1.indicator',
          message: 'same indicator, phase and site as finding 0: one finding per indicator, phase and site',
        },
      ],
    },
    {
      name: 'a second finding for the same fossa',
      ref: '§2',
      input: [
        { indicator: 'arm_fossa', phase: 'pre', side: 'L', site: { fossa: 'upper' }, positive: true },
        { indicator: 'arm_fossa', phase: 'pre', side: 'R', site: { fossa: 'upper' }, positive: true },
      ],
      details: [
        {
          path: '1.site',
          message: 'same indicator, phase and site as finding 0: one finding per indicator, phase and site',
        },
      ],
    },
    {
      name: 'occipital fibres without an area',
      ref: '§2',
      input: [{ indicator: 'occipital_fibers', phase: 'pre', side: 'L', site: { line: 1 }, grade: 1 }],
      details: [{ path: '0.site.area', message: 'site.area is required for occipital_fibers' }],
    },
    {
      name: 'a fossa on a finding that has none',
      ref: '§2',
      input: [{ indicator: 'crest_sign', phase: 'pre', side: 'L', site: { fossa: 'upper' }, positive: true }],
      details: [{ path: '0.site.fossa', message: "site.fossa is not part of crest_sign's site" }],
    },
    {
      name: 'a red flag in the post-check',
      ref: '§7',
      input: [{ indicator: 'rf_vascular', phase: 'post', positive: false }],
      details: [{ path: '0.phase', message: "rf_vascular is a screen item and is always 'pre'" }],
    },
    {
      name: 'a TS point outside T1–L5 and not A/B',
      ref: '§2 ts_point',
      input: [
        {
          indicator: 'ts_point',
          phase: 'pre',
          side: 'L',
          site: { level: 'C2', structure: 'C' },
          positive: true,
        },
      ],
      details: [
        { path: '0.site.structure', message: 'a TS point is A or B' },
        { path: '0.site.level', message: 'a TS point level is T1–L5' },
      ],
    },
    {
      name: 'an unknown cranial structure',
      ref: '§2 cranial_restriction',
      input: [
        {
          indicator: 'cranial_restriction',
          phase: 'pre',
          side: 'L',
          site: { structure: 'femur' },
          positive: true,
        },
      ],
      details: [{ path: '0.site.structure', message: 'unknown cranial structure "femur"' }],
    },
    {
      name: 'a negative with a grade',
      ref: '§2',
      input: [{ indicator: 'heel_tension', phase: 'pre', side: 'none', positive: false, grade: 2 }],
      details: [{ path: '0.grade', message: 'a negative finding has no grade above 0' }],
    },
    {
      name: 'not an array',
      ref: '§2',
      input: { indicator: 'slr' },
      details: [{ path: '', message: 'expected an array of findings' }],
    },
  ];

describe(validateFindings.name, () => {
  for (const row of valid) {
    test(`accepts ${row.name} (REFERENCE §2)`, () => {
      const result = validateFindings([row.finding], defaultPack);
      assert.deepEqual(result, { ok: true, value: [row.finding] });
    });
  }

  for (const row of invalid) {
    test(`rejects ${row.name} (REFERENCE ${row.ref})`, () => {
      const result = validateFindings(row.input, defaultPack);
      assert.deepEqual(result, { ok: false, error: { code: 'VALIDATION_FAILED', details: row.details } });
    });
  }

  test('reports every problem with its index and field, not only the first (REFERENCE §2)', () => {
    const result = validateFindings(
      [
        { indicator: 'slr', phase: 'pre', side: 'L', degrees: 120, symptomReproduced: true },
        { indicator: 'heel_tension', phase: 'during', side: 'none', positive: true, colour: 'red' },
        42,
      ],
      defaultPack,
    );
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.deepEqual(result.error.details.map((d) => d.path).sort(), [
      '0.degrees',
      '1.colour',
      '1.phase',
      '1.side',
      '2',
    ]);
  });

  test("rejects a clinic's disabled indicator (REFERENCE §10)", () => {
    const pack = mergePack(defaultPack, { disableIndicators: ['psoas'] }, 1);
    const result = validateFindings([{ indicator: 'psoas', phase: 'pre', side: 'L', positive: true }], pack);
    assert.deepEqual(result, {
      ok: false,
      error: {
        code: 'VALIDATION_FAILED',
        details: [
          { path: '0.indicator', message: `indicator "psoas" is disabled in this clinic's protocol` },
        ],
      },
    });
  });

  test('accepts the same indicator and site in both phases (REFERENCE §2)', () => {
    const findings = [
      { indicator: 'crest_sign', phase: 'pre', side: 'L', positive: true },
      { indicator: 'crest_sign', phase: 'post', side: 'none', positive: false },
    ];
    assert.equal(validateFindings(findings, defaultPack).ok, true);
  });
});
