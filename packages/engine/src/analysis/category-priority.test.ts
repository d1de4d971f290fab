import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { defaultPack } from '../protocol/default-pack';
import { mergePack } from '../protocol/merge-pack';
import { expectedAnalysis, projectAnalysis, type AnalysisRow } from '../testing/analysis-row';
import { graded, leg, neg, pos, post, primariesNegative, slr } from '../testing/finding-builders';
import { analyze } from './category-analysis';

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

const rows: AnalysisRow[] = [
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
];

describe(`${analyze.name}: priority, incomplete exams and clinic packs`, () => {
  for (const row of rows)
    test(`${row.name} (REFERENCE ${row.ref})`, () => {
      assert.deepEqual(
        projectAnalysis(analyze(row.findings, row.pack ?? defaultPack), row),
        expectedAnalysis(row),
      );
    });
});
