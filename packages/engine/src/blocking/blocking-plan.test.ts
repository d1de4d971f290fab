import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../analysis/category-analysis';
import type { Finding } from '../findings/finding';
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
