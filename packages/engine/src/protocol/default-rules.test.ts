import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyze } from '../analysis/category-analysis';
import { blockingPlan } from '../blocking/blocking-plan';
import { cmrtTargets } from '../cmrt/cmrt-targets';
import type { Finding } from '../findings/finding';
import { heelLiftSuggestion } from '../home-care/heel-lift-suggestion';
import { fibre, leg, neg, pos, post, primariesNegative, screen, slr } from '../testing/finding-builders';
import { verify } from '../verification/verify';
import { defaultPack } from './default-pack';
import { mergePack } from './merge-pack';

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
      assert.equal(analyze(f, defaultPack).referral?.urgency, 'emergency');
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
      const changesOf = (pre: Finding, after: Finding) =>
        verify([pre], [after], defaultPack).items.map((i) => [i.side, i.change]);
      assert.deepEqual(changesOf(slr('L', true, 30), post(slr('L', true, 40))), [['L', 'improved']]);
      assert.deepEqual(changesOf(pos('arm_fossa', 'bilateral'), post(pos('arm_fossa', 'R'))), [
        ['L', 'cleared'],
        ['R', 'unchanged'],
      ]);
      assert.deepEqual(changesOf(leg('R', 6), post(leg('L', 3))), [[null, 'side_changed']]);
      assert.deepEqual(defaultPack.verification, {
        legCheckMm: 2,
        certainty: 'practitioner-defined',
        sources: ['sources-2'],
      });
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

describe('defaultPack rules', () => {
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
});
