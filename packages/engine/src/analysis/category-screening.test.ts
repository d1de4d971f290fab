import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { defaultPack } from '../protocol/default-pack';
import { expectedAnalysis, projectAnalysis, type AnalysisRow } from '../testing/analysis-row';
import { graded, leg, neg, pos, screen, slr } from '../testing/finding-builders';
import { analyze } from './category-analysis';

const catI = [leg('R'), pos('heel_tension', 'R')];
const rest = [neg('arm_fossa'), slr('none', false, 80), graded('sciatic_pain_points', 'none', 0)];

const rows: AnalysisRow[] = [
  // Red flags (REFERENCE §7): refer, no plan
  ...(
    [
      'rf_cauda_equina',
      'rf_fracture',
      'rf_tumour_or_infection',
      'rf_progressive_neuro_deficit',
      'rf_vascular',
    ] as const
  ).map((id): AnalysisRow => ({
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
  ).map((id): AnalysisRow => ({
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

describe(`${analyze.name}: red flags and contraindications`, () => {
  for (const row of rows)
    test(`${row.name} (REFERENCE ${row.ref})`, () => {
      assert.deepEqual(
        projectAnalysis(analyze(row.findings, row.pack ?? defaultPack), row),
        expectedAnalysis(row),
      );
    });
});
