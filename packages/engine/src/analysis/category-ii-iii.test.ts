import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { defaultPack } from '../protocol/default-pack';
import { expectedAnalysis, projectAnalysis, type AnalysisRow } from '../testing/analysis-row';
import { graded, leg, neg, pos, primariesNegative, slr } from '../testing/finding-builders';
import { analyze } from './category-analysis';

const rows: AnalysisRow[] = [
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
];

describe(`${analyze.name}: Categories II and III`, () => {
  for (const row of rows)
    test(`${row.name} (REFERENCE ${row.ref})`, () => {
      assert.deepEqual(
        projectAnalysis(analyze(row.findings, row.pack ?? defaultPack), row),
        expectedAnalysis(row),
      );
    });
});
