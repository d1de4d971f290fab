import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Finding, Side } from '../findings/finding';
import type { CategoryId } from '../protocol/category-id';
import { defaultPack } from '../protocol/default-pack';
import { mergePack } from '../protocol/merge-pack';
import type { ProtocolPack } from '../protocol/protocol-pack';
import {
  fibre,
  graded,
  leg,
  neg,
  pos,
  post,
  primariesNegative,
  screen,
  slr,
} from '../testing/finding-builders';
import type { Level } from './analysis';
import { analyze } from './category-analysis';

interface Row {
  name: string;
  ref: string;
  findings: readonly Finding[];
  pack?: ProtocolPack;
  category: CategoryId | 'none' | 'undetermined';
  side: Side | null;
  level: Level | null;
  rule: string;
  examineNext: string[];
  coexisting?: { category: CategoryId; side: Side | null; level: Level }[];
  flags?: string[];
  contraindications?: string[];
}

const iiFirst = mergePack(defaultPack, { priority: 'ii_first' }, 1);
const noHeelTension = mergePack(defaultPack, { disableIndicators: ['heel_tension'] }, 2);
const clinicPrimary = mergePack(
  defaultPack,
  {
    addIndicators: [
      {
        id: 'clinic_sway_test',
        name: 'Clinic sway test',
        description: 'A clinic-defined Category II primary test.',
        category: 'II',
        role: 'P',
        result: 'side_posneg',
        region: null,
        partLetter: null,
        sources: ['sources-2'],
        certainty: 'practitioner-defined',
      },
    ],
  },
  3,
);
const catI = [leg('R'), pos('heel_tension', 'R')];
const rest = [neg('arm_fossa'), slr('none', false, 80), graded('sciatic_pain_points', 'none', 0)];

const rows: Row[] = [
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

  // Category II (primary arm_fossa; side = positive arm–fossa side)
  {
    name: 'upper arm-fossa right',
    ref: '§3',
    findings: [
      pos('arm_fossa', 'R', { fossa: 'upper' }),
      neg('heel_tension'),
      slr('none', false, 80),
      graded('sciatic_pain_points', 'none', 0),
    ],
    category: 'II',
    side: 'R',
    level: 'indicated',
    rule: 'category_II',
    examineNext: [],
  },
  {
    name: 'arm-fossa with inguinal tenderness',
    ref: '§3',
    findings: [
      pos('arm_fossa', 'R'),
      pos('inguinal_tenderness', 'R'),
      neg('heel_tension'),
      slr('none', false, 80),
      graded('sciatic_pain_points', 'none', 0),
    ],
    category: 'II',
    side: 'R',
    level: 'supported',
    rule: 'category_II',
    examineNext: [],
  },
  {
    name: 'left upper and right lower fossa: bilateral',
    ref: '§3 Side',
    findings: [
      pos('arm_fossa', 'L', { fossa: 'upper' }),
      pos('arm_fossa', 'R', { fossa: 'lower' }),
      neg('heel_tension'),
      slr('none', false, 80),
      graded('sciatic_pain_points', 'none', 0),
    ],
    category: 'II',
    side: 'bilateral',
    level: 'indicated',
    rule: 'category_II',
    examineNext: [],
  },
  {
    name: 'arm-fossa bilateral',
    ref: '§3 Side',
    findings: [
      pos('arm_fossa', 'bilateral'),
      neg('heel_tension'),
      slr('none', false, 80),
      graded('sciatic_pain_points', 'none', 0),
    ],
    category: 'II',
    side: 'bilateral',
    level: 'indicated',
    rule: 'category_II',
    examineNext: [],
  },
  {
    name: 'arm-fossa side wins over the leg check for II',
    ref: '§3 Side',
    findings: [
      leg('L'),
      pos('arm_fossa', 'R'),
      neg('heel_tension'),
      slr('none', false, 80),
      graded('sciatic_pain_points', 'none', 0),
    ],
    category: 'II',
    side: 'R',
    level: 'indicated',
    rule: 'category_II',
    examineNext: [],
  },
  {
    name: 'inguinal and knee findings only: II suggested',
    ref: '§3 suggested',
    findings: [pos('inguinal_tenderness', 'R'), pos('knee_sensitivity', 'R'), ...primariesNegative],
    category: 'II',
    side: null,
    level: 'suggested',
    rule: 'category_suggested',
    examineNext: ['arm_fossa'],
  },
  {
    name: 'pelvic sway and compaction test: II suggested',
    ref: '§3 suggested',
    findings: [pos('pelvic_sway'), pos('compaction_test'), ...primariesNegative],
    category: 'II',
    side: null,
    level: 'suggested',
    rule: 'category_suggested',
    examineNext: ['arm_fossa'],
  },
  {
    name: 'arm-fossa only, nothing else examined',
    ref: '§3 Examine next',
    findings: [pos('arm_fossa', 'L')],
    category: 'II',
    side: 'L',
    level: 'indicated',
    rule: 'category_II',
    examineNext: ['slr', 'sciatic_pain_points', 'heel_tension'],
  },

  // Category III (primary SLR reproduced or sciatic pain points grade ≥ 1)
  {
    name: 'SLR reproduces the symptom on the left',
    ref: '§3',
    findings: [
      slr('L', true, 35),
      neg('heel_tension'),
      neg('arm_fossa'),
      graded('sciatic_pain_points', 'none', 0),
    ],
    category: 'III',
    side: 'L',
    level: 'indicated',
    rule: 'category_III',
    examineNext: [],
  },
  {
    name: 'sciatic pain points grade 1 on the right',
    ref: '§2 Positive',
    findings: [
      graded('sciatic_pain_points', 'R', 1),
      slr('none', false, 80),
      neg('heel_tension'),
      neg('arm_fossa'),
    ],
    category: 'III',
    side: 'R',
    level: 'indicated',
    rule: 'category_III',
    examineNext: [],
  },
  {
    name: 'SLR left and pain points right: bilateral',
    ref: '§3 Side',
    findings: [slr('L', true), graded('sciatic_pain_points', 'R', 2), neg('heel_tension'), neg('arm_fossa')],
    category: 'III',
    side: 'bilateral',
    level: 'indicated',
    rule: 'category_III',
    examineNext: [],
  },
  {
    name: 'SLR with antalgic posture',
    ref: '§3',
    findings: [
      slr('L', true),
      pos('antalgic_posture', undefined, { direction: 'right' }),
      neg('heel_tension'),
      neg('arm_fossa'),
      graded('sciatic_pain_points', 'none', 0),
    ],
    category: 'III',
    side: 'L',
    level: 'supported',
    rule: 'category_III',
    examineNext: [],
  },
  {
    name: 'SLR limited without the symptom is not positive',
    ref: '§2 Positive',
    findings: [
      slr('L', false, 30),
      neg('heel_tension'),
      neg('arm_fossa'),
      graded('sciatic_pain_points', 'none', 0),
    ],
    category: 'none',
    side: null,
    level: null,
    rule: 'category_none',
    examineNext: [],
  },
  {
    name: 'antalgic posture and psoas: III suggested',
    ref: '§3 suggested',
    findings: [pos('antalgic_posture'), pos('psoas', 'L'), ...primariesNegative],
    category: 'III',
    side: null,
    level: 'suggested',
    rule: 'category_suggested',
    examineNext: ['slr', 'sciatic_pain_points'],
  },
  {
    name: 'SLR only, nothing else examined',
    ref: '§3 Examine next',
    findings: [slr('R', true)],
    category: 'III',
    side: 'R',
    level: 'indicated',
    rule: 'category_III',
    examineNext: ['sciatic_pain_points', 'arm_fossa', 'heel_tension'],
  },

  // Coexisting categories and priority (III → II → I, practitioner-defined)
  {
    name: 'I and II: II leads, I coexists',
    ref: '§3 Primary',
    findings: [
      ...catI,
      pos('arm_fossa', 'L'),
      slr('none', false, 80),
      graded('sciatic_pain_points', 'none', 0),
    ],
    category: 'II',
    side: 'L',
    level: 'indicated',
    rule: 'priority_iii_ii_i',
    examineNext: [],
    coexisting: [{ category: 'I', side: 'R', level: 'indicated' }],
  },
  {
    name: 'I and III: III leads',
    ref: '§3 Primary',
    findings: [...catI, slr('L', true), neg('arm_fossa'), graded('sciatic_pain_points', 'none', 0)],
    category: 'III',
    side: 'L',
    level: 'indicated',
    rule: 'priority_iii_ii_i',
    examineNext: [],
    coexisting: [{ category: 'I', side: 'R', level: 'indicated' }],
  },
  {
    name: 'all three: III, then II, then I',
    ref: '§3 Primary',
    findings: [...catI, pos('arm_fossa', 'L'), slr('L', true), graded('sciatic_pain_points', 'none', 0)],
    category: 'III',
    side: 'L',
    level: 'indicated',
    rule: 'priority_iii_ii_i',
    examineNext: [],
    coexisting: [
      { category: 'II', side: 'L', level: 'indicated' },
      { category: 'I', side: 'R', level: 'indicated' },
    ],
  },
  {
    name: 'indicated II outranks a suggested III',
    ref: '§3 Primary',
    findings: [
      pos('arm_fossa', 'R'),
      pos('antalgic_posture'),
      pos('psoas', 'R'),
      neg('heel_tension'),
      slr('none', false, 80),
      graded('sciatic_pain_points', 'none', 0),
    ],
    category: 'II',
    side: 'R',
    level: 'indicated',
    rule: 'category_II',
    examineNext: ['slr', 'sciatic_pain_points'],
    coexisting: [{ category: 'III', side: null, level: 'suggested' }],
  },
  {
    name: 'two suggested: the higher priority leads',
    ref: '§3 Primary',
    findings: [
      pos('dollar_sign', 'R'),
      pos('crest_sign', 'R'),
      pos('antalgic_posture'),
      pos('psoas', 'L'),
      ...primariesNegative,
    ],
    category: 'III',
    side: null,
    level: 'suggested',
    rule: 'category_suggested',
    examineNext: ['slr', 'sciatic_pain_points', 'heel_tension'],
    coexisting: [{ category: 'I', side: null, level: 'suggested' }],
  },
  {
    name: '"II first" preset: II leads over III and I',
    ref: '§3 II first',
    pack: iiFirst,
    findings: [...catI, pos('arm_fossa', 'L'), slr('L', true), graded('sciatic_pain_points', 'none', 0)],
    category: 'II',
    side: 'L',
    level: 'indicated',
    rule: 'priority_ii_first',
    examineNext: [],
    coexisting: [
      { category: 'I', side: 'R', level: 'indicated' },
      { category: 'III', side: 'L', level: 'indicated' },
    ],
  },
  {
    name: '"II first" preset: I leads over III',
    ref: '§3 II first',
    pack: iiFirst,
    findings: [...catI, slr('L', true), neg('arm_fossa'), graded('sciatic_pain_points', 'none', 0)],
    category: 'I',
    side: 'R',
    level: 'indicated',
    rule: 'priority_ii_first',
    examineNext: [],
    coexisting: [{ category: 'III', side: 'L', level: 'indicated' }],
  },

  // Incomplete and negative exams
  {
    name: 'nothing examined: undetermined',
    ref: '§3 Undetermined',
    findings: [],
    category: 'undetermined',
    side: null,
    level: null,
    rule: 'category_undetermined',
    examineNext: ['slr', 'sciatic_pain_points', 'arm_fossa', 'heel_tension'],
  },
  {
    name: 'only heel tension examined, negative',
    ref: '§3 Undetermined',
    findings: [neg('heel_tension')],
    category: 'undetermined',
    side: null,
    level: null,
    rule: 'category_undetermined',
    examineNext: ['slr', 'sciatic_pain_points', 'arm_fossa'],
  },
  {
    name: 'every primary negative: no category',
    ref: '§3 No category',
    findings: [...primariesNegative],
    category: 'none',
    side: null,
    level: null,
    rule: 'category_none',
    examineNext: [],
  },
  {
    name: 'post-check findings are not analysed',
    ref: '§2 Examined',
    findings: [post(pos('heel_tension', 'R'))],
    category: 'undetermined',
    side: null,
    level: null,
    rule: 'category_undetermined',
    examineNext: ['slr', 'sciatic_pain_points', 'arm_fossa', 'heel_tension'],
  },
  {
    name: 'cranial records decide no category',
    ref: '§2 cranial',
    findings: [pos('head_tilt', 'L'), graded('zygomatic_rom', 'L', 2), ...primariesNegative],
    category: 'none',
    side: null,
    level: null,
    rule: 'category_none',
    examineNext: [],
  },
  {
    name: 'unknown ids are ignored',
    ref: '§2 Invalid',
    findings: [pos('not_in_pack', 'R'), ...primariesNegative],
    category: 'none',
    side: null,
    level: null,
    rule: 'category_none',
    examineNext: [],
  },

  // Clinic overrides (REFERENCE §10)
  {
    name: 'disabled heel tension no longer indicates I',
    ref: '§10',
    pack: noHeelTension,
    findings: [
      pos('heel_tension', 'R'),
      pos('dollar_sign', 'R'),
      pos('crest_sign', 'R'),
      neg('arm_fossa'),
      slr('none', false, 80),
      graded('sciatic_pain_points', 'none', 0),
    ],
    category: 'I',
    side: null,
    level: 'suggested',
    rule: 'category_suggested',
    examineNext: [],
  },
  {
    name: 'a clinic-added primary indicates its category',
    ref: '§10',
    pack: clinicPrimary,
    findings: [pos('clinic_sway_test', 'R'), ...primariesNegative],
    category: 'II',
    side: null,
    level: 'indicated',
    rule: 'category_II',
    examineNext: [],
  },

  // Red flags (REFERENCE §7): refer, no plan
  ...(
    [
      'rf_cauda_equina',
      'rf_fracture',
      'rf_tumour_or_infection',
      'rf_progressive_neuro_deficit',
      'rf_vascular',
    ] as const
  ).map((id): Row => ({
    name: `${id} positive: referral`,
    ref: '§7 Red flags',
    findings: [...catI, screen(id, true)],
    category: 'undetermined',
    side: null,
    level: null,
    rule: 'red_flag_referral',
    examineNext: [],
    flags: [id],
  })),
  {
    name: 'two red flags are listed in screen order',
    ref: '§7 Red flags',
    findings: [screen('rf_vascular', true), screen('rf_fracture', true), ...catI],
    category: 'undetermined',
    side: null,
    level: null,
    rule: 'red_flag_referral',
    examineNext: [],
    flags: ['rf_fracture', 'rf_vascular'],
  },
  {
    name: 'negative red-flag answers do not refer',
    ref: '§7 Red flags',
    findings: [screen('rf_cauda_equina', false), screen('rf_fracture', false), ...catI, ...rest],
    category: 'I',
    side: 'R',
    level: 'indicated',
    rule: 'category_I',
    examineNext: [],
  },

  // Contraindications (REFERENCE §7): listed, analysis unchanged
  ...(
    [
      'ci_osteoporosis_or_bone_metastases',
      'ci_hip_arthroplasty_or_acute_hip',
      'ci_pregnancy',
      'ci_anticoagulation_or_bleeding',
      'ci_inflammatory_instability',
      'ci_cannot_lie_prone_or_supine',
      'ci_skin_lesion_at_block_site',
    ] as const
  ).map((id): Row => ({
    name: `${id} positive is listed`,
    ref: '§7 Contraindications',
    findings: [...catI, ...rest, screen(id, true)],
    category: 'I',
    side: 'R',
    level: 'indicated',
    rule: 'category_I',
    examineNext: [],
    contraindications: [id],
  })),
  {
    name: 'negative contraindication answers are not listed',
    ref: '§7 Contraindications',
    findings: [...catI, ...rest, screen('ci_pregnancy', false)],
    category: 'I',
    side: 'R',
    level: 'indicated',
    rule: 'category_I',
    examineNext: [],
    contraindications: [],
  },
];

describe(analyze.name, () => {
  for (const row of rows) {
    test(`${row.name} (REFERENCE ${row.ref})`, () => {
      const a = analyze(row.findings, row.pack ?? defaultPack);
      assert.deepEqual(
        {
          category: a.category,
          side: a.side,
          level: a.level,
          rule: a.rule.id,
          examineNext: a.examineNext,
          coexisting: a.coexisting,
        },
        {
          category: row.category,
          side: row.side,
          level: row.level,
          rule: row.rule,
          examineNext: row.examineNext,
          coexisting: row.coexisting ?? [],
        },
      );
      assert.deepEqual(a.referral?.flags ?? [], row.flags ?? []);
      if (row.contraindications !== undefined) assert.deepEqual(a.contraindications, row.contraindications);
    });
  }

  test('has at least 40 table cases', () => {
    assert.ok(rows.length >= 40, `only ${rows.length} cases`);
  });

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

  test('counts no finding under a referral (REFERENCE §7)', () => {
    const a = analyze([...catI, screen('rf_fracture', true), screen('ci_pregnancy', true)], defaultPack);
    assert.deepEqual(a.counted, []);
    assert.deepEqual(a.coexisting, []);
    assert.deepEqual(a.contraindications, ['ci_pregnancy']);
    assert.equal(
      a.referral?.message,
      'Red flag present: refer for medical evaluation. No SOT procedure and no blocking plan at this visit.',
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
    assert.equal(a.packRef, 'sot-standard@1.0.0+clinic.r3');
    assert.equal(
      a.evidenceNote,
      'SOT indicators are practitioner findings with limited published reliability (Hestbæk & Leboeuf-Yde 2000; Triano 2013). This analysis supports clinical judgement; it is not a diagnosis.',
    );
  });
});
