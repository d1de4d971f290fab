import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../analysis/category-analysis';
import { blockingPlan } from '../blocking/blocking-plan';
import { cmrtTargets } from '../cmrt/cmrt-targets';
import type { Finding } from '../findings/finding';
import { heelLiftSuggestion } from '../home-care/heel-lift-suggestion';
import { contraindicationIds } from '../safety/contraindications';
import { redFlagIds } from '../safety/red-flags';
import { fibre, leg, neg, pos, post, primariesNegative, screen, slr } from '../testing/finding-builders';
import { changeBetween } from '../verification/change';
import { defaultPack } from './default-pack';
import { mergePack } from './merge-pack';
import { ProtocolPackSchema } from './protocol-pack';

const runPlan = (findings: readonly Finding[], pack = defaultPack) =>
  blockingPlan(analyze(findings, pack), findings, pack);

/** One row per rule of the default pack: its certainty and sources, and the behaviour it stands for. */
const ruleRows: { id: string; certainty: string; sources: string[]; behaves: () => void }[] = [
  {
    id: 'red_flag_referral',
    certainty: 'sourced',
    sources: ['sources-5.3'],
    behaves: () => {
      const f = [pos('heel_tension', 'R'), screen('rf_cauda_equina', true)];
      assert.equal(analyze(f, defaultPack).rule.id, 'red_flag_referral');
      assert.equal(runPlan(f), null);
    },
  },
  {
    id: 'contraindication_override',
    certainty: 'practitioner-defined',
    sources: ['sources-5.3'],
    behaves: () => {
      assert.equal(runPlan([pos('heel_tension', 'R'), screen('ci_pregnancy', true)])?.overrideRequired, true);
    },
  },
  {
    id: 'category_I',
    certainty: 'sourced',
    sources: ['sources-2', 'blum-short-legs', 'sources-1.5'],
    behaves: () => {
      const a = analyze([leg('L'), pos('heel_tension', 'R')], defaultPack);
      assert.deepEqual([a.rule.id, a.category, a.side, a.level], ['category_I', 'I', 'L', 'indicated']);
    },
  },
  {
    id: 'category_II',
    certainty: 'sourced',
    sources: ['sources-2', 'sources-1.5', 'blum-short-legs'],
    behaves: () => {
      const a = analyze([pos('arm_fossa', 'R'), pos('scalene_sensitivity', 'R')], defaultPack);
      assert.deepEqual([a.rule.id, a.category, a.side, a.level], ['category_II', 'II', 'R', 'supported']);
    },
  },
  {
    id: 'category_III',
    certainty: 'sourced',
    sources: ['sources-2', 'blum-short-legs', 'sources-1.5'],
    behaves: () => {
      const a = analyze([slr('L', true), pos('piriformis', 'L')], defaultPack);
      assert.deepEqual([a.rule.id, a.category, a.side, a.level], ['category_III', 'III', 'L', 'supported']);
    },
  },
  {
    id: 'category_suggested',
    certainty: 'practitioner-defined',
    sources: ['sources-2'],
    behaves: () => {
      const a = analyze(
        [pos('first_rib_fixation', 'L'), pos('sacral_base', 'L'), ...primariesNegative],
        defaultPack,
      );
      assert.deepEqual([a.rule.id, a.category, a.level], ['category_suggested', 'I', 'suggested']);
    },
  },
  {
    id: 'category_bilateral_side',
    certainty: 'practitioner-defined',
    sources: ['soto-abstract-2002'],
    behaves: () => {
      assert.deepEqual(runPlan([pos('arm_fossa', 'bilateral')])?.missing, ['leg_check']);
      assert.deepEqual(
        runPlan([leg('R'), pos('arm_fossa', 'bilateral')])?.blocks.map((b) => b.side),
        ['R', 'L'],
      );
    },
  },
  {
    id: 'category_none',
    certainty: 'practitioner-defined',
    sources: ['sources-1.5'],
    behaves: () => {
      assert.equal(analyze(primariesNegative, defaultPack).category, 'none');
    },
  },
  {
    id: 'category_undetermined',
    certainty: 'practitioner-defined',
    sources: ['sources-1.5'],
    behaves: () => {
      assert.equal(analyze([neg('arm_fossa')], defaultPack).category, 'undetermined');
    },
  },
  {
    id: 'priority_iii_ii_i',
    certainty: 'practitioner-defined',
    sources: ['sources-1.5', 'tsukuba-order'],
    behaves: () => {
      const a = analyze([pos('heel_tension', 'R'), pos('arm_fossa', 'L'), slr('R', true)], defaultPack);
      assert.deepEqual([a.category, ...a.coexisting.map((c) => c.category)], ['III', 'II', 'I']);
    },
  },
  {
    id: 'priority_ii_first',
    certainty: 'practitioner-defined',
    sources: ['yamatubaki'],
    behaves: () => {
      const pack = mergePack(defaultPack, { priority: 'ii_first' }, 1);
      const a = analyze([pos('heel_tension', 'R'), pos('arm_fossa', 'L'), slr('R', true)], pack);
      assert.deepEqual([a.category, ...a.coexisting.map((c) => c.category)], ['II', 'I', 'III']);
    },
  },
  {
    id: 'blocking_recheck',
    certainty: 'practitioner-defined',
    sources: ['yamatubaki', 'dwell-times', 'blum-short-legs'],
    behaves: () => {
      const plan = runPlan([pos('arm_fossa', 'R')]);
      assert.deepEqual(
        [plan?.recheckSeconds, plan?.maxMinutes, plan?.breathing],
        [60, 10, 'Slow, full breaths while on the blocks.'],
      );
    },
  },
  {
    id: 'heel_lift',
    certainty: 'sourced',
    sources: ['blum-short-legs'],
    behaves: () => {
      assert.equal(
        heelLiftSuggestion([{ indicator: 'anatomical_leg_difference', phase: 'pre', side: 'L', mm: 10 }])
          ?.startMm,
        5,
      );
      assert.equal(heelLiftSuggestion([leg('L', 10)]), null);
    },
  },
  {
    id: 'cmrt_lines',
    certainty: 'sourced',
    sources: ['sources-3.2'],
    behaves: () => {
      assert.deepEqual(
        cmrtTargets([fibre(1, 1, 'L', 1), fibre(2, 1, 'L', 1), fibre(3, 1, 'L', 1)], defaultPack).map(
          (t) => t.lineType,
        ),
        ['dural', 'reflex_visceral', 'structural'],
      );
    },
  },
  {
    id: 'cmrt_area_map',
    certainty: 'practitioner-defined',
    sources: ['sources-3.2'],
    behaves: () => {
      assert.deepEqual(defaultPack.cmrt.cmrtMap, {});
      assert.equal(cmrtTargets([fibre(2, 3, 'R', 2)], defaultPack)[0]?.levelNote, 'level not mapped');
    },
  },
  {
    id: 'cmrt_viscera',
    certainty: 'conflicting',
    sources: ['sources-3.3'],
    behaves: () => {
      assert.deepEqual(
        defaultPack.cmrt.viscera.map((v) => `${v.level} ${v.organ}`),
        [
          'T1 coronary',
          'T2 myocardium',
          'T3 lungs',
          'T4 gallbladder',
          'T5 stomach',
          'T6 pancreas',
          'T7 spleen/lymph',
          'T8 liver',
          'T9 adrenal',
          'T10 small intestine',
          'T11 kidney',
          'T12 kidney',
          'L1 ileocaecal valve',
          'L2 appendix/caecum',
          'L3 ovary/testis',
          'L4 large intestine',
          'L5 uterus/prostate',
        ],
      );
    },
  },
  {
    id: 'verification_change',
    certainty: 'practitioner-defined',
    sources: ['sources-4.1'],
    behaves: () => {
      assert.equal(changeBetween(slr('L', true, 30), post(slr('L', true, 40))), 'improved');
      assert.equal(changeBetween(pos('arm_fossa', 'bilateral'), post(pos('arm_fossa', 'R'))), 'improved');
    },
  },
  {
    id: 'evidence_note',
    certainty: 'sourced',
    sources: ['sources-5.1'],
    behaves: () => {
      assert.match(analyze([], defaultPack).evidenceNote, /Hestbæk & Leboeuf-Yde 2000; Triano 2013/);
    },
  },
];

describe('defaultPack', () => {
  test('is a valid protocol pack with every reference resolved', () => {
    const result = ProtocolPackSchema.safeParse(defaultPack);
    assert.deepEqual(result.success ? [] : result.error.issues, []);
  });

  test('is sot-standard@1.0.0 (REFERENCE §10)', () => {
    assert.deepEqual(
      [defaultPack.id, defaultPack.version, defaultPack.packRef],
      ['sot-standard', '1.0.0', 'sot-standard@1.0.0'],
    );
  });

  test('has exactly the rules tested here', () => {
    assert.deepEqual(
      defaultPack.rules.map((r) => r.id),
      ruleRows.map((r) => r.id),
    );
  });

  for (const row of ruleRows) {
    test(`keeps rule ${row.id} with its certainty, sources and behaviour`, () => {
      const rule = defaultPack.rules.find((r) => r.id === row.id);
      assert.deepEqual([rule?.certainty, rule?.sources], [row.certainty, row.sources]);
      row.behaves();
    });
  }

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
