import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../analysis/category-analysis';
import type { Finding } from '../findings/finding';
import { defaultPack } from '../protocol/default-pack';
import { mergePack } from '../protocol/merge-pack';
import type { ProtocolPack } from '../protocol/protocol-pack';
import { graded, leg, neg, pos, primariesNegative, screen, slr } from '../testing/finding-builders';
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

  test('returns no plan under a referral, with no category, or undetermined (REFERENCE §7, §9)', () => {
    assert.equal(planFor([leg('R'), pos('heel_tension', 'R'), screen('rf_vascular', true)]), null);
    assert.equal(planFor([...primariesNegative]), null);
    assert.equal(planFor([]), null);
  });

  test('gives each block its order, direction, certainty and sources (REFERENCE §4)', () => {
    assert.deepEqual(planFor([pos('arm_fossa', 'R')])?.blocks, [
      {
        order: 1,
        side: 'R',
        landmark: 'iliac_crest',
        direction: 'under the ilium/iliac crest, pointing footward',
        certainty: 'conflicting',
        sources: ['ak-pelvic-categories', 'yamatubaki'],
      },
      {
        order: 2,
        side: 'L',
        landmark: 'trochanter',
        direction: 'under the greater trochanter',
        certainty: 'conflicting',
        sources: ['ak-pelvic-categories'],
      },
    ]);
  });

  test('lists what to re-check, the endpoint, timing and breathing (REFERENCE §4)', () => {
    const plan = planFor([leg('R'), pos('heel_tension', 'R')]);
    assert.deepEqual(plan?.recheck, ['heel_tension', 'dollar_sign', 'crest_sign']);
    assert.equal(
      plan?.endpoint,
      'Remove the blocks when the Achilles heel tension and the gluteal/sacrospinalis asymmetry (dollar and crest signs) clear.',
    );
    assert.equal(plan?.recheckSeconds, 60);
    assert.equal(plan?.maxMinutes, 10);
    assert.equal(plan?.breathing, 'Slow, full breaths while on the blocks.');
  });

  test('says "set by practitioner" for Category III by default (REFERENCE §4)', () => {
    const plan = planFor([slr('L', true)]);
    assert.match(plan?.endpoint ?? '', /^Block placement is set by the practitioner/);
    assert.deepEqual(plan?.recheck, ['sciatic_pain_points']);
  });

  test('takes the timing from a clinic override (REFERENCE §10)', () => {
    const pack = mergePack(defaultPack, { blocking: { recheckSeconds: 90, maxMinutes: 15 } }, 4);
    const plan = planFor([pos('arm_fossa', 'R')], pack);
    assert.equal(plan?.recheckSeconds, 90);
    assert.equal(plan?.maxMinutes, 15);
  });

  test('leaves a disabled indicator out of the re-check list (REFERENCE §10)', () => {
    const pack = mergePack(defaultPack, { disableIndicators: ['scalene_sensitivity'] }, 1);
    assert.deepEqual(planFor([pos('arm_fossa', 'R')], pack)?.recheck, [
      'arm_fossa',
      'inguinal_tenderness',
      'knee_sensitivity',
      'first_rib_tubercle_pain',
    ]);
  });

  test('returns the plan with the warning and requires an override reason (REFERENCE §7)', () => {
    const findings = [leg('R'), pos('heel_tension', 'R'), screen('ci_pregnancy', true)];
    const plan = planFor(findings);
    assert.deepEqual(plan?.warnings, [
      {
        contraindication: 'ci_pregnancy',
        message: 'Pregnancy: prone positioning. Record how the position is adapted.',
      },
    ]);
    assert.equal(plan?.overrideRequired, true);
    assert.equal(
      planFor(findings, defaultPack, [{ contraindication: 'ci_pregnancy', reason: 'side-lying adaptation' }])
        ?.overrideRequired,
      false,
    );
    assert.equal(
      planFor(findings, defaultPack, [{ contraindication: 'ci_pregnancy', reason: '   ' }])?.overrideRequired,
      true,
    );
    assert.equal(
      planFor(findings, defaultPack, [{ contraindication: 'ci_skin_lesion_at_block_site', reason: 'x' }])
        ?.overrideRequired,
      true,
    );
  });

  test('requires a reason for every positive contraindication (REFERENCE §7)', () => {
    const findings = [
      pos('arm_fossa', 'R'),
      screen('ci_pregnancy', true),
      screen('ci_anticoagulation_or_bleeding', true),
    ];
    assert.equal(
      planFor(findings, defaultPack, [{ contraindication: 'ci_pregnancy', reason: 'ok' }])?.overrideRequired,
      true,
    );
    assert.equal(
      planFor(findings, defaultPack, [
        { contraindication: 'ci_pregnancy', reason: 'ok' },
        { contraindication: 'ci_anticoagulation_or_bleeding', reason: 'INR in range, light blocks' },
      ])?.overrideRequired,
      false,
    );
  });

  test('has no warnings and needs no override without a contraindication', () => {
    const plan = planFor([pos('arm_fossa', 'R'), screen('ci_pregnancy', false)]);
    assert.deepEqual(plan?.warnings, []);
    assert.equal(plan?.overrideRequired, false);
  });

  test('draws the schematic in the plan position (REFERENCE §4)', () => {
    const prone = planFor([leg('R'), pos('heel_tension', 'R')])?.schematic;
    const supine = planFor([pos('arm_fossa', 'R'), neg('heel_tension')])?.schematic;
    assert.equal(prone?.view, 'prone');
    assert.equal(supine?.view, 'supine');
    assert.deepEqual(
      prone?.landmarks.find((l) => l.id === 'asis' && l.side === 'L'),
      { id: 'asis', side: 'L', x: 0.16, y: 0.38 },
    );
    assert.deepEqual(
      supine?.landmarks.find((l) => l.id === 'asis' && l.side === 'L'),
      { id: 'asis', side: 'L', x: 0.84, y: 0.38 },
    );
    assert.equal(prone?.landmarks.length, 11);
    for (const l of prone?.landmarks ?? []) assert.ok(l.x >= 0 && l.x <= 1 && l.y >= 0 && l.y <= 1);
  });
});
