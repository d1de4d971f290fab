import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../analysis/category-analysis';
import type { Finding } from '../findings/finding';
import type { Certainty } from '../protocol/certainty';
import { defaultPack } from '../protocol/default-pack';
import { mergePack } from '../protocol/merge-pack';
import type { ProtocolPack } from '../protocol/protocol-pack';
import { graded, leg, pos, primariesNegative, slr } from '../testing/finding-builders';
import { blockingPlan, type ContraindicationOverride } from './blocking-plan';

const iiiPreset = mergePack(defaultPack, { placements: { III: { preset: 'iii_trochanter_asis' } } }, 1);

function planFor(
  findings: readonly Finding[],
  pack: ProtocolPack = defaultPack,
  overrides: ContraindicationOverride[] = [],
) {
  return blockingPlan(analyze(findings, pack), findings, pack, overrides);
}

interface Row {
  name: string;
  ref: string;
  findings: readonly Finding[];
  pack?: ProtocolPack;
  position: 'prone' | 'supine';
  placement: 'pack' | 'practitioner';
  tentative: boolean;
  blocks: [side: 'L' | 'R' | null, landmark: string][];
  missing: string[];
}

const rows: Row[] = [
  {
    name: 'Category I, right short leg: trochanter right first, iliac crest left',
    ref: '§4 I',
    findings: [leg('R'), pos('heel_tension', 'R')],
    position: 'prone',
    placement: 'pack',
    tentative: false,
    blocks: [
      ['R', 'trochanter'],
      ['L', 'iliac_crest'],
    ],
    missing: [],
  },
  {
    name: 'Category I, left short leg',
    ref: '§4 I',
    findings: [leg('L'), pos('heel_tension', 'L')],
    position: 'prone',
    placement: 'pack',
    tentative: false,
    blocks: [
      ['L', 'trochanter'],
      ['R', 'iliac_crest'],
    ],
    missing: [],
  },
  {
    name: 'Category I from heel tension alone lists leg_check as missing',
    ref: '§3 Side',
    findings: [pos('heel_tension', 'L')],
    position: 'prone',
    placement: 'pack',
    tentative: false,
    blocks: [
      ['L', 'trochanter'],
      ['R', 'iliac_crest'],
    ],
    missing: ['leg_check'],
  },
  {
    name: 'Category I bilateral without a leg check has no block sides',
    ref: '§3 Side',
    findings: [pos('heel_tension', 'bilateral')],
    position: 'prone',
    placement: 'pack',
    tentative: false,
    blocks: [
      [null, 'trochanter'],
      [null, 'iliac_crest'],
    ],
    missing: ['leg_check'],
  },
  {
    name: 'Category I bilateral heel tension takes the short-leg side',
    ref: '§3 Side',
    findings: [leg('R'), pos('heel_tension', 'bilateral')],
    position: 'prone',
    placement: 'pack',
    tentative: false,
    blocks: [
      ['R', 'trochanter'],
      ['L', 'iliac_crest'],
    ],
    missing: [],
  },
  {
    name: 'Category II right: iliac crest right first, trochanter left, supine',
    ref: '§4 II',
    findings: [pos('arm_fossa', 'R')],
    position: 'supine',
    placement: 'pack',
    tentative: false,
    blocks: [
      ['R', 'iliac_crest'],
      ['L', 'trochanter'],
    ],
    missing: [],
  },
  {
    name: 'Category II bilateral takes the sides from the leg check',
    ref: '§3 Side',
    findings: [leg('L'), pos('arm_fossa', 'bilateral')],
    position: 'supine',
    placement: 'pack',
    tentative: false,
    blocks: [
      ['L', 'iliac_crest'],
      ['R', 'trochanter'],
    ],
    missing: [],
  },
  {
    name: 'Category II bilateral without a leg check lists it as missing',
    ref: '§3 Side',
    findings: [pos('arm_fossa', 'L', { fossa: 'upper' }), pos('arm_fossa', 'R', { fossa: 'lower' })],
    position: 'supine',
    placement: 'pack',
    tentative: false,
    blocks: [
      [null, 'iliac_crest'],
      [null, 'trochanter'],
    ],
    missing: ['leg_check'],
  },
  {
    name: 'suggested Category II is tentative and uses the short leg',
    ref: '§3 suggested',
    findings: [leg('R'), pos('inguinal_tenderness', 'L'), pos('knee_sensitivity', 'L'), ...primariesNegative],
    position: 'supine',
    placement: 'pack',
    tentative: true,
    blocks: [
      ['R', 'iliac_crest'],
      ['L', 'trochanter'],
    ],
    missing: [],
  },
  {
    name: 'suggested Category II without a leg check lists it as missing',
    ref: '§3 suggested',
    findings: [pos('inguinal_tenderness', 'L'), pos('knee_sensitivity', 'L'), ...primariesNegative],
    position: 'supine',
    placement: 'pack',
    tentative: true,
    blocks: [
      [null, 'iliac_crest'],
      [null, 'trochanter'],
    ],
    missing: ['leg_check'],
  },
  {
    name: 'suggested Category I is tentative',
    ref: '§3 suggested',
    findings: [leg('L'), pos('dollar_sign', 'L'), pos('crest_sign', 'L'), ...primariesNegative],
    position: 'prone',
    placement: 'pack',
    tentative: true,
    blocks: [
      ['L', 'trochanter'],
      ['R', 'iliac_crest'],
    ],
    missing: [],
  },
  {
    name: 'Category III is set by the practitioner by default',
    ref: '§4 III',
    findings: [leg('L'), slr('L', true)],
    position: 'prone',
    placement: 'practitioner',
    tentative: false,
    blocks: [],
    missing: [],
  },
  {
    name: 'Category III bilateral with no placement needs nothing',
    ref: '§4 III',
    findings: [slr('bilateral', true)],
    position: 'prone',
    placement: 'practitioner',
    tentative: false,
    blocks: [],
    missing: [],
  },
  {
    name: 'Category III preset: short-leg trochanter, long-leg ASIS',
    ref: '§4 III preset',
    pack: iiiPreset,
    findings: [leg('L'), slr('R', true)],
    position: 'prone',
    placement: 'pack',
    tentative: false,
    blocks: [
      ['L', 'trochanter'],
      ['R', 'asis'],
    ],
    missing: [],
  },
  {
    name: 'Category III preset without a leg check lists it as missing',
    ref: '§4 III preset',
    pack: iiiPreset,
    findings: [slr('R', true)],
    position: 'prone',
    placement: 'pack',
    tentative: false,
    blocks: [
      [null, 'trochanter'],
      [null, 'asis'],
    ],
    missing: ['leg_check'],
  },
  {
    name: 'Category III preset with even legs has no sides and nothing missing',
    ref: '§4 III preset',
    pack: iiiPreset,
    findings: [leg('none'), graded('sciatic_pain_points', 'L', 2)],
    position: 'prone',
    placement: 'pack',
    tentative: false,
    blocks: [
      [null, 'trochanter'],
      [null, 'asis'],
    ],
    missing: [],
  },
];

describe(blockingPlan.name, () => {
  for (const row of rows) {
    test(`${row.name} (REFERENCE ${row.ref})`, () => {
      const plan = planFor(row.findings, row.pack);
      assert.ok(plan !== null);
      assert.deepEqual(
        {
          position: plan.position,
          placement: plan.placement,
          tentative: plan.tentative,
          blocks: plan.blocks.map((b) => [b.side, b.landmark]),
          missing: plan.missing,
        },
        {
          position: row.position,
          placement: row.placement,
          tentative: row.tentative,
          blocks: row.blocks,
          missing: row.missing,
        },
      );
    });
  }
});

interface CertaintyRow {
  name: string;
  ref: string;
  findings: readonly Finding[];
  pack?: ProtocolPack;
  certainty: Certainty;
  blocks: Certainty[];
}

/** A clinic's Category I placement whose second block is only `conflicting`. */
const clinicI = mergePack(
  defaultPack,
  {
    placements: {
      I: {
        ...defaultPack.placements.I,
        blocks: defaultPack.placements.I.blocks.map((b) =>
          b.order === 2 ? { ...b, certainty: 'conflicting' as const } : b,
        ),
      },
    },
  },
  1,
);

const certaintyRows: CertaintyRow[] = [
  {
    name: 'Category I: placement and both blocks sourced',
    ref: '§4 I, §9',
    findings: [leg('R'), pos('heel_tension', 'R')],
    certainty: 'sourced',
    blocks: ['sourced', 'sourced'],
  },
  {
    name: 'Category II: sourced placement with conflicting blocks is conflicting',
    ref: '§4 II, §9 (the weakest of placement and blocks)',
    findings: [pos('arm_fossa', 'R')],
    certainty: 'conflicting',
    blocks: ['conflicting', 'conflicting'],
  },
  {
    name: 'suggested Category II is conflicting as well',
    ref: '§3 suggested, §9',
    findings: [leg('R'), pos('inguinal_tenderness', 'L'), pos('knee_sensitivity', 'L'), ...primariesNegative],
    certainty: 'conflicting',
    blocks: ['conflicting', 'conflicting'],
  },
  {
    name: 'Category III by default is set by the practitioner: practitioner-defined',
    ref: '§4 III, §9 (a practitioner placement is practitioner-defined)',
    findings: [leg('L'), slr('L', true)],
    certainty: 'practitioner-defined',
    blocks: [],
  },
  {
    name: 'Category III preset is practitioner-defined',
    ref: '§4 III preset, §9',
    pack: iiiPreset,
    findings: [leg('L'), slr('R', true)],
    certainty: 'practitioner-defined',
    blocks: ['practitioner-defined', 'practitioner-defined'],
  },
  {
    name: 'a clinic placement with one conflicting block is conflicting',
    ref: '§9, §10',
    pack: clinicI,
    findings: [leg('R'), pos('heel_tension', 'R')],
    certainty: 'conflicting',
    blocks: ['sourced', 'conflicting'],
  },
];

describe(`${blockingPlan.name}: certainty`, () => {
  for (const row of certaintyRows)
    test(`${row.name} (REFERENCE ${row.ref})`, () => {
      const plan = planFor(row.findings, row.pack);
      assert.deepEqual(
        { certainty: plan?.certainty, blocks: plan?.blocks.map((b) => b.certainty) },
        { certainty: row.certainty, blocks: row.blocks },
      );
    });
});
