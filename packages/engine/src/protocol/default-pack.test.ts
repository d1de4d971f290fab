import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { contraindicationIds } from '../safety/contraindications';
import { redFlagIds } from '../safety/red-flags';
import { defaultPack } from './default-pack';
import { ProtocolPackSchema } from './protocol-pack';

describe('defaultPack', () => {
  test('is a valid protocol pack with every reference resolved', () => {
    const result = ProtocolPackSchema.safeParse(defaultPack);
    assert.deepEqual(result.success ? [] : result.error.issues, []);
  });

  test('is sot-standard@1.1.0 (REFERENCE §10)', () => {
    assert.deepEqual(
      [defaultPack.id, defaultPack.version, defaultPack.packRef],
      ['sot-standard', '1.1.0', 'sot-standard@1.1.0'],
    );
  });

  test('keeps the indicator catalog: category, role, result shape and certainty (REFERENCE §2)', () => {
    assert.deepEqual(
      defaultPack.indicators.map((i) => [i.id, i.category, i.role, i.result, i.certainty].join(' ')),
      [
        'leg_check   side_mm sourced',
        'anatomical_leg_difference   side_mm sourced',
        'heel_tension I P side_posneg_grade sourced',
        'dollar_sign I S side_posneg sourced',
        'crest_sign I S side_posneg sourced',
        'locked_pelvis I S posneg sourced',
        'first_rib_fixation I S side_posneg sourced',
        'sacral_base I S side_direction_posneg sourced',
        'occipital_fibers I S line_area_side_grade sourced',
        'arm_fossa II P side_fossa_posneg sourced',
        'inguinal_tenderness II S side_posneg sourced',
        'knee_sensitivity II S side_posneg sourced',
        'scalene_sensitivity II S side_posneg sourced',
        'first_rib_tubercle_pain II S side_posneg sourced',
        'pelvic_sway II S posneg sourced',
        'compaction_test II S posneg sourced',
        'slr III P side_degrees_symptom sourced',
        'sciatic_pain_points III P side_grade sourced',
        'antalgic_posture III S direction_posneg sourced',
        'psoas III S side_posneg practitioner-defined',
        'piriformis III S side_posneg practitioner-defined',
        'cervical_stairstep III S level_posneg practitioner-defined',
        'head_tilt   side_posneg sourced',
        'zygomatic_rom   side_grade sourced',
        'cranial_restriction   side_structure_posneg sourced',
        'ts_point   ts_point sourced',
      ],
    );
    assert.deepEqual(defaultPack.indicators.find((i) => i.id === 'occipital_fibers')?.roleWhen, { line: 1 });
  });

  test('maps leg_check to pelvic A and crest_sign to lumbar T (REFERENCE §8)', () => {
    const of = (id: string) => defaultPack.indicators.find((i) => i.id === id);
    assert.deepEqual([of('leg_check')?.region, of('leg_check')?.partLetter], ['pelvic', 'A']);
    assert.deepEqual([of('crest_sign')?.region, of('crest_sign')?.partLetter], ['lumbar', 'T']);
  });

  test('keeps the blocking placements per category, with certainty per cell (REFERENCE §4)', () => {
    const cells = (['I', 'II', 'III'] as const).map((c) => {
      const p = defaultPack.placements[c];
      return [
        c,
        p.position,
        p.placement,
        ...p.blocks.map((b) => `${b.order}:${b.side}:${b.landmark}:${b.certainty}`),
      ].join(' ');
    });
    assert.deepEqual(cells, [
      'I prone pack 1:category:trochanter:sourced 2:opposite:iliac_crest:sourced',
      'II supine pack 1:category:iliac_crest:conflicting 2:opposite:trochanter:conflicting',
      'III prone practitioner',
    ]);
    const preset = defaultPack.placementPresets.find((p) => p.id === 'iii_trochanter_asis')?.placement;
    assert.deepEqual(
      preset?.blocks.map((b) => `${b.side}:${b.landmark}:${b.certainty}`),
      ['short_leg:trochanter:practitioner-defined', 'long_leg:asis:practitioner-defined'],
    );
  });

  test('offers the III → II → I default and the "II first" preset (REFERENCE §3)', () => {
    assert.equal(defaultPack.priority, 'iii_ii_i');
    assert.deepEqual(
      defaultPack.priorityPresets.map((p) => [p.id, p.order.join('>')]),
      [
        ['iii_ii_i', 'III>II>I'],
        ['ii_first', 'II>I>III'],
      ],
    );
  });

  test('holds the red-flag and contraindication ids of REFERENCE §7', () => {
    assert.deepEqual(
      defaultPack.redFlags.map((r) => r.id),
      [...redFlagIds],
    );
    assert.deepEqual(redFlagIds, [
      'rf_cauda_equina',
      'rf_fracture',
      'rf_tumour_or_infection',
      'rf_progressive_neuro_deficit',
      'rf_vascular',
    ]);
    assert.deepEqual(
      defaultPack.contraindications.map((c) => c.id),
      [...contraindicationIds],
    );
    assert.equal(contraindicationIds.length, 7);
    for (const item of [...defaultPack.redFlags, ...defaultPack.contraindications])
      assert.match(item.question, /\?$/);
  });

  test('names a source with a URL and a certainty for every rule, indicator and block', () => {
    const urls = new Map(defaultPack.sources.map((s) => [s.id, s.urls]));
    const cited = [
      ...defaultPack.rules.flatMap((r) => r.sources),
      ...defaultPack.indicators.flatMap((i) => i.sources),
      ...Object.values(defaultPack.placements).flatMap((p) => [
        ...p.sources,
        ...p.blocks.flatMap((b) => b.sources),
      ]),
      ...defaultPack.cmrt.sources,
      ...defaultPack.cmrt.visceraSources,
      ...defaultPack.blocking.sources,
    ];
    for (const id of cited)
      assert.ok((urls.get(id) ?? []).every((u) => /^https?:\/\//.test(u)) && urls.has(id), id);
    const certainties = new Set(['sourced', 'conflicting', 'practitioner-defined']);
    for (const r of defaultPack.rules) assert.ok(certainties.has(r.certainty));
    for (const i of defaultPack.indicators) assert.ok(certainties.has(i.certainty));
  });
});
