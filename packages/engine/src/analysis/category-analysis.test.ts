import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { defaultPack } from '../protocol/default-pack';
import { mergePack } from '../protocol/merge-pack';
import { expectedAnalysis, projectAnalysis, type AnalysisRow } from '../testing/analysis-row';
import { fibre, graded, leg, neg, pos, primariesNegative, screen, slr } from '../testing/finding-builders';
import { analyze } from './category-analysis';

const catI = [leg('R'), pos('heel_tension', 'R')];
const rest = [neg('arm_fossa'), slr('none', false, 80), graded('sciatic_pain_points', 'none', 0)];

const rows: AnalysisRow[] = [
  // Category I (REFERENCE §3: primary heel_tension; side leg_check, else heel tension)
  {
    name: 'heel tension with a right short leg',
    ref: '§3',
    findings: [...catI, ...rest],
    category: 'I',
    side: 'R',
    level: 'indicated',
    rule: 'category_I',
    examineNext: [],
  },
  {
    name: 'heel tension and dollar sign',
    ref: '§3',
    findings: [...catI, pos('dollar_sign', 'R'), ...rest],
    category: 'I',
    side: 'R',
    level: 'supported',
    rule: 'category_I',
    examineNext: [],
  },
  {
    name: 'heel tension left, no leg check',
    ref: '§3 Side',
    findings: [pos('heel_tension', 'L'), ...rest],
    category: 'I',
    side: 'L',
    level: 'indicated',
    rule: 'category_I',
    examineNext: [],
  },
  {
    name: 'heel tension bilateral, no leg check',
    ref: '§3 Side',
    findings: [pos('heel_tension', 'bilateral'), ...rest],
    category: 'I',
    side: 'bilateral',
    level: 'indicated',
    rule: 'category_I',
    examineNext: [],
  },
  {
    name: 'heel tension bilateral, left short leg',
    ref: '§3 Side',
    findings: [leg('L'), pos('heel_tension', 'bilateral'), ...rest],
    category: 'I',
    side: 'L',
    level: 'indicated',
    rule: 'category_I',
    examineNext: [],
  },
  {
    name: 'heel tension right, left short leg',
    ref: '§3 Side',
    findings: [leg('L'), pos('heel_tension', 'R'), ...rest],
    category: 'I',
    side: 'L',
    level: 'indicated',
    rule: 'category_I',
    examineNext: [],
  },
  {
    name: 'heel tension right, legs even',
    ref: '§3 Side',
    findings: [leg('none'), pos('heel_tension', 'R'), ...rest],
    category: 'I',
    side: 'R',
    level: 'indicated',
    rule: 'category_I',
    examineNext: [],
  },
  {
    name: 'heel tension only, nothing else examined',
    ref: '§3 Examine next',
    findings: [pos('heel_tension', 'R')],
    category: 'I',
    side: 'R',
    level: 'indicated',
    rule: 'category_I',
    examineNext: ['slr', 'sciatic_pain_points', 'arm_fossa'],
  },
  {
    name: 'dollar and crest signs only: I suggested',
    ref: '§3 suggested',
    findings: [pos('dollar_sign', 'R'), pos('crest_sign', 'R'), ...primariesNegative],
    category: 'I',
    side: null,
    level: 'suggested',
    rule: 'category_suggested',
    examineNext: ['heel_tension'],
  },
  {
    name: 'suggested I takes the leg-check side',
    ref: '§3 suggested',
    findings: [leg('L'), pos('dollar_sign', 'R'), pos('crest_sign', 'R'), ...primariesNegative],
    category: 'I',
    side: 'L',
    level: 'suggested',
    rule: 'category_suggested',
    examineNext: ['heel_tension'],
  },
  {
    name: 'one supporting sign is not enough',
    ref: '§3 suggested',
    findings: [pos('dollar_sign', 'R'), ...primariesNegative],
    category: 'none',
    side: null,
    level: null,
    rule: 'category_none',
    examineNext: [],
  },
  {
    name: 'line-1 occipital fibres support Category I',
    ref: '§2 occipital_fibers',
    findings: [fibre(1, 3, 'L', 2), pos('crest_sign', 'L'), ...primariesNegative],
    category: 'I',
    side: null,
    level: 'suggested',
    rule: 'category_suggested',
    examineNext: ['heel_tension'],
  },
  {
    name: 'line-2 occipital fibres do not count for Category I',
    ref: '§2 occipital_fibers',
    findings: [fibre(2, 3, 'L', 2), pos('crest_sign', 'L'), ...primariesNegative],
    category: 'none',
    side: null,
    level: null,
    rule: 'category_none',
    examineNext: [],
  },
  {
    name: 'grade-0 occipital fibres are not positive',
    ref: '§2 Positive',
    findings: [fibre(1, 3, 'L', 0), pos('crest_sign', 'L'), ...primariesNegative],
    category: 'none',
    side: null,
    level: null,
    rule: 'category_none',
    examineNext: [],
  },
  {
    name: 'two line-1 areas are one supporting indicator',
    ref: '§3 suggested',
    findings: [fibre(1, 1, 'L', 1), fibre(1, 2, 'R', 2), ...primariesNegative],
    category: 'none',
    side: null,
    level: null,
    rule: 'category_none',
    examineNext: [],
  },
];

describe(`${analyze.name}: Category I`, () => {
  for (const row of rows)
    test(`${row.name} (REFERENCE ${row.ref})`, () => {
      assert.deepEqual(
        projectAnalysis(analyze(row.findings, row.pack ?? defaultPack), row),
        expectedAnalysis(row),
      );
    });
});

describe(`${analyze.name}: what it reports`, () => {
  test('lists each counted finding with its role and category (REFERENCE §9)', () => {
    const a = analyze(
      [pos('crest_sign', 'R'), ...catI, pos('arm_fossa', 'L', { fossa: 'lower' })],
      defaultPack,
    );
    assert.deepEqual(a.counted, [
      { indicator: 'arm_fossa', side: 'L', site: { fossa: 'lower' }, role: 'P', category: 'II' },
      { indicator: 'heel_tension', side: 'R', role: 'P', category: 'I' },
      { indicator: 'crest_sign', side: 'R', role: 'S', category: 'I' },
    ]);
  });

  test('counts each fossa and each side of a per-side indicator as its own entry (REFERENCE §2, §9)', () => {
    const a = analyze(
      [
        pos('arm_fossa', 'R', { fossa: 'upper' }),
        pos('arm_fossa', 'L', { fossa: 'lower' }),
        slr('R', true, 30),
        slr('L', true, 45),
        fibre(1, 2, 'L', 1),
        fibre(1, 2, 'R', 2),
        pos('heel_tension', 'R'),
        leg('R'),
      ],
      defaultPack,
    );
    assert.deepEqual(a.counted, [
      { indicator: 'slr', side: 'L', role: 'P', category: 'III' },
      { indicator: 'slr', side: 'R', role: 'P', category: 'III' },
      { indicator: 'arm_fossa', side: 'L', site: { fossa: 'lower' }, role: 'P', category: 'II' },
      { indicator: 'arm_fossa', side: 'R', site: { fossa: 'upper' }, role: 'P', category: 'II' },
      { indicator: 'heel_tension', side: 'R', role: 'P', category: 'I' },
      { indicator: 'occipital_fibers', side: 'L', site: { line: 1, area: 2 }, role: 'S', category: 'I' },
      { indicator: 'occipital_fibers', side: 'R', site: { line: 1, area: 2 }, role: 'S', category: 'I' },
    ]);
  });

  test('counts no finding under a referral (REFERENCE §7)', () => {
    const a = analyze([...catI, screen('rf_fracture', true), screen('ci_pregnancy', true)], defaultPack);
    assert.deepEqual(a.counted, []);
    assert.deepEqual(a.coexisting, []);
    assert.deepEqual(a.contraindications, ['ci_pregnancy']);
    assert.equal(a.referral?.urgency, 'urgent');
    assert.equal(
      a.referral?.message,
      'URGENT: red flag present. The patient needs a medical assessment the same day. Referral recommended. No SOT procedure, blocking, CMRT or home care at this visit.',
    );
  });

  test('carries the rule certainty and sources through (REFERENCE §3)', () => {
    const a = analyze([...catI, pos('arm_fossa', 'L')], defaultPack);
    assert.deepEqual(a.rule, {
      id: 'priority_iii_ii_i',
      certainty: 'practitioner-defined',
      sources: ['sources-1.5', 'tsukuba-order'],
    });
  });

  test('records the packRef and the evidence note (REFERENCE §3, §9)', () => {
    const a = analyze(catI, mergePack(defaultPack, { priority: 'ii_first' }, 3));
    assert.equal(a.packRef, 'sot-standard@1.1.0+clinic.r3');
    assert.equal(
      a.evidenceNote,
      'SOT indicators are practitioner findings with limited published reliability (Hestbæk & Leboeuf-Yde 2000; Triano 2013). This analysis supports clinical judgement; it is not a diagnosis.',
    );
  });
});
