import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { defaultPack, runEngine, type Finding } from '@sotchart/engine';
import { soapNarrative, type NarrativeInput } from './soap-narrative';
import { VisitRecordSchema } from './visit-record';

const names: Readonly<Record<string, string>> = {
  leg_check: 'Leg check',
  slr: 'SLR',
  arm_fossa: 'Arm–fossa',
  inguinal_tenderness: 'Inguinal tenderness',
  rf_cauda_equina: 'Cauda equina signs',
};
const words: NarrativeInput['words'] = {
  name: (id) => names[id] ?? id,
  certainty: (c) => c,
  day: (d) => d,
  urgency: (u) => `${u}, emergency department now`,
  referral: 'Referral recommended',
};

function narrate(findings: readonly Finding[], plan: NarrativeInput['plan'] = null) {
  const record = VisitRecordSchema.parse({
    homeCare: 'Walk 20 minutes daily',
    treatment: { blocks: [{ side: 'R', landmark: 'iliac_crest', minutes: 4 }] },
  });
  const engine = runEngine({ findings, overrides: [], coding: null }, defaultPack);
  const visit = {
    chiefComplaint: 'Low back pain',
    pain: 6,
    findings,
    treatedCategory: null,
    overrides: [],
    record,
  };
  return soapNarrative({ visit, engine, plan, words });
}

const categoryTwo: readonly Finding[] = [
  { indicator: 'rf_cauda_equina', phase: 'pre', positive: false },
  { indicator: 'leg_check', phase: 'pre', side: 'L', mm: 5 },
  { indicator: 'arm_fossa', phase: 'pre', side: 'R', site: { fossa: 'upper' }, positive: true },
  { indicator: 'arm_fossa', phase: 'pre', side: 'none', site: { fossa: 'lower' }, positive: false },
  { indicator: 'inguinal_tenderness', phase: 'pre', side: 'R', positive: true },
  { indicator: 'slr', phase: 'pre', side: 'L', symptomReproduced: false },
  { indicator: 'slr', phase: 'pre', side: 'R', symptomReproduced: false },
  { indicator: 'leg_check', phase: 'post', side: 'none' },
  { indicator: 'arm_fossa', phase: 'post', side: 'none', site: { fossa: 'upper' }, positive: false },
  { indicator: 'inguinal_tenderness', phase: 'post', side: 'none', positive: false },
];

describe(soapNarrative.name, () => {
  test('tells the leg check, the SLR and each fossa in plain words, once each', () => {
    const { objective } = narrate(categoryTwo);
    assert.equal(
      objective,
      [
        'Red-flag screen negative.',
        'SOT indicators, as the practitioner found them before and after treatment:',
        'Leg check: left leg 5 mm short; even after treatment.',
        'Arm–fossa, lower fossa: negative both sides.',
        'Arm–fossa, upper fossa: left negative; right positive (cleared after treatment).',
        'Inguinal tenderness: left negative; right positive (cleared after treatment).',
        'SLR: negative both sides.',
      ].join('\n'),
    );
  });

  test('never says "recorded", never calls the leg check positive, names no rule or pack', () => {
    const soap = narrate(categoryTwo);
    const all = Object.values(soap).join(' ');
    assert.doesNotMatch(all, /recorded|sot-standard|category_II|@\d/);
    assert.doesNotMatch(all, /Leg check[^.]*positive/);
  });

  test('reads the category as a classification of findings that supports judgement', () => {
    assert.equal(
      narrate(categoryTwo).assessment,
      'The findings fit SOT Category II, right (its primary indicator positive, with supporting findings): ' +
        'Arm–fossa upper fossa right (primary); Inguinal tenderness right (supporting). Rule certainty: sourced. ' +
        'After treatment 3 of 3 positive findings cleared. ' +
        'The category classifies the practitioner’s findings to guide the choice of treatment; it supports clinical judgement and is not a diagnosis.',
    );
  });

  test('plans forward: treatment, home care, next visit and re-examination from the plan of care', () => {
    const plan = { visitsPerWeek: 2, durationWeeks: 6, goals: [], reExamDate: '2026-12-20' };
    assert.equal(
      narrate(categoryTwo, plan).plan,
      'Blocking supine (placement: conflicting): block 1 under the right iliac crest, 4 min. ' +
        'Home care: Walk 20 minutes daily. Next visit in about 4 days (2 a week for 6 weeks). Re-examination due 2026-12-20.',
    );
  });

  test('reads a re-examination date already past as overdue', () => {
    const plan = { visitsPerWeek: 1, durationWeeks: null, goals: [], reExamDate: '2026-10-30' };
    const engine = runEngine({ findings: categoryTwo, overrides: [], coding: null }, defaultPack);
    const visit = {
      chiefComplaint: 'Low back pain',
      pain: 2,
      findings: categoryTwo,
      treatedCategory: null,
      overrides: [],
      record: VisitRecordSchema.parse({ subjective: 'Pain 2/10. Feeling much better.' }),
    };
    const soap = soapNarrative({ visit, engine, plan, visitDay: '2026-11-06', words });
    assert.match(
      soap.plan,
      /Next visit in about 7 days \(1 a week\)\. Re-examination overdue \(due 2026-10-30\)\./,
    );
    assert.equal(soap.subjective, 'Chief complaint: Low back pain. Pain 2/10. Feeling much better.');
  });

  test('says so when the episode has no plan of care', () => {
    assert.match(narrate(categoryTwo).plan, /Next visit: no plan of care set for this episode\.$/);
  });

  test('under a red flag writes the referral, no procedure and no home care (REFERENCE §7)', () => {
    const soap = narrate([{ indicator: 'rf_cauda_equina', phase: 'pre', positive: true }]);
    assert.match(
      soap.assessment,
      /^Red flag present \(Cauda equina signs\): emergency, emergency department now\. Referral recommended\. No SOT procedure at this visit\.$/,
    );
    assert.doesNotMatch(soap.plan, /Home care|Blocking/);
  });
});
