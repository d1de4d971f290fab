import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../analysis/category-analysis';
import type { Finding } from '../findings/finding';
import { defaultPack } from '../protocol/default-pack';
import { mergePack } from '../protocol/merge-pack';
import type { ProtocolPack } from '../protocol/protocol-pack';
import { leg, neg, pos, primariesNegative, screen, slr } from '../testing/finding-builders';
import { blockingPlan, type ContraindicationOverride } from './blocking-plan';

function planFor(
  findings: readonly Finding[],
  pack: ProtocolPack = defaultPack,
  overrides: ContraindicationOverride[] = [],
) {
  return blockingPlan(analyze(findings, pack), findings, pack, overrides);
}

describe(`${blockingPlan.name}: warnings, timing and schematic`, () => {
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
        message: 'Pregnancy: prone positioning on the blocks. Record how the position is adapted.',
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

const pregnancyRows: {
  name: string;
  ref: string;
  findings: readonly Finding[];
  position: 'prone' | 'supine';
  message: string;
  never: RegExp;
}[] = [
  {
    name: 'a Category II plan warns of supine positioning, never prone',
    ref: '§7 (the warning names the plan’s own position), §4 II',
    findings: [pos('arm_fossa', 'R'), screen('ci_pregnancy', true)],
    position: 'supine',
    message: 'Pregnancy: supine positioning on the blocks. Record how the position is adapted.',
    never: /prone/i,
  },
  {
    name: 'a Category I plan warns of prone positioning, never supine',
    ref: '§7, §4 I',
    findings: [leg('R'), pos('heel_tension', 'R'), screen('ci_pregnancy', true)],
    position: 'prone',
    message: 'Pregnancy: prone positioning on the blocks. Record how the position is adapted.',
    never: /supine/i,
  },
  {
    name: 'a Category III plan set by the practitioner warns of prone positioning',
    ref: '§7, §4 III',
    findings: [leg('L'), slr('L', true), screen('ci_pregnancy', true)],
    position: 'prone',
    message: 'Pregnancy: prone positioning on the blocks. Record how the position is adapted.',
    never: /supine/i,
  },
];

describe(`${blockingPlan.name}: pregnancy warning`, () => {
  for (const row of pregnancyRows)
    test(`${row.name} (REFERENCE ${row.ref})`, () => {
      const plan = planFor(row.findings);
      assert.equal(plan?.position, row.position);
      assert.deepEqual(plan?.warnings, [{ contraindication: 'ci_pregnancy', message: row.message }]);
      assert.doesNotMatch(plan?.warnings[0]?.message ?? '', row.never);
    });
});
