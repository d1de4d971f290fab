import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { VisitRecord } from '@sotchart/contract';
import type { Finding } from '@sotchart/engine';
import { makeDraft } from './draft-fixtures';
import { joinTexts, mergeDrafts } from './merge-drafts';
import type { VisitDraft } from './visit-draft';

describe(joinTexts.name, () => {
  // UX.md §5: "the user chooses or merges, neither text lost".
  const cases: { why: string; theirs: string; mine: string; joined: string }[] = [
    { why: 'takes mine when theirs is empty', theirs: ' ', mine: 'Worse sitting', joined: 'Worse sitting' },
    { why: 'takes theirs when mine is empty', theirs: 'Low back', mine: '', joined: 'Low back' },
    {
      why: 'takes theirs when it already holds mine',
      theirs: 'Low back, worse sitting',
      mine: 'worse sitting',
      joined: 'Low back, worse sitting',
    },
    {
      why: 'takes mine when it already holds theirs',
      theirs: 'Low back',
      mine: 'Low back since Monday',
      joined: 'Low back since Monday',
    },
    {
      why: 'joins two one-line texts on one line, theirs first',
      theirs: 'Low back',
      mine: 'Worse sitting',
      joined: 'Low back / Worse sitting',
    },
    {
      why: 'joins texts of several lines with a blank line between, theirs first',
      theirs: 'Pain on waking.\nEases by noon.',
      mine: 'Worse sitting',
      joined: 'Pain on waking.\nEases by noon.\n\nWorse sitting',
    },
  ];
  for (const c of cases) {
    test(c.why, () => {
      assert.equal(joinTexts(c.theirs, c.mine), c.joined);
    });
  }
});

const armFossa = (side: 'L' | 'R'): Finding => ({
  indicator: 'arm_fossa',
  phase: 'pre',
  side,
  positive: true,
});
const legCheck: Finding = { indicator: 'leg_check', phase: 'pre', side: 'R', mm: 5 };
const adjustment = (segment: 'L5' | 'C1' | 'T6', technique: string) => ({ segment, technique });
const record = makeDraft().record;
const withRecord = (over: Partial<VisitRecord>): VisitDraft => makeDraft({ record: { ...record, ...over } });
const withAdjustments = (adjustments: VisitRecord['treatment']['adjustments']): VisitDraft =>
  withRecord({ treatment: { ...record.treatment, adjustments } });

describe(mergeDrafts.name, () => {
  // Three-way merge after a version conflict (UX.md §5). `picked` names the fields the case is about.
  const cases: {
    why: string;
    base: VisitDraft;
    mine: VisitDraft;
    theirs: VisitDraft;
    picked: (draft: VisitDraft) => unknown;
    merged: unknown;
  }[] = [
    {
      why: 'takes a field only this device changed from this device',
      base: makeDraft({ chiefComplaint: 'Low back' }),
      mine: makeDraft({ chiefComplaint: 'Low back', pain: 6 }),
      theirs: makeDraft({ chiefComplaint: 'Low back since Monday' }),
      picked: (d) => [d.chiefComplaint, d.pain],
      merged: ['Low back since Monday', 6],
    },
    {
      why: 'joins a text both changed, theirs first',
      base: makeDraft({ chiefComplaint: '' }),
      mine: makeDraft({ chiefComplaint: 'Worse sitting' }),
      theirs: makeDraft({ chiefComplaint: 'Low back' }),
      picked: (d) => d.chiefComplaint,
      merged: 'Low back / Worse sitting',
    },
    {
      why: 'joins record texts both changed, the narrative on separate paragraphs',
      base: withRecord({ subjective: 'Pain on waking.' }),
      mine: withRecord({ subjective: 'Pain on waking.\nWorse sitting.' }),
      theirs: withRecord({ subjective: 'Pain on waking.\nEases by noon.' }),
      picked: (d) => d.record.subjective,
      merged: 'Pain on waking.\nEases by noon.\n\nPain on waking.\nWorse sitting.',
    },
    {
      why: 'takes this device’s number when both changed it',
      base: makeDraft({ pain: 4 }),
      mine: makeDraft({ pain: 6 }),
      theirs: makeDraft({ pain: 5 }),
      picked: (d) => d.pain,
      merged: 6,
    },
    {
      why: 'keeps their number when this device cleared it and they changed it',
      base: makeDraft({ pain: 4 }),
      mine: makeDraft({ pain: null }),
      theirs: makeDraft({ pain: 5 }),
      picked: (d) => d.pain,
      merged: 5,
    },
    {
      why: 'keeps both sides’ new findings',
      base: makeDraft(),
      mine: makeDraft({ findings: [armFossa('R')] }),
      theirs: makeDraft({ findings: [legCheck] }),
      picked: (d) => d.findings,
      merged: [legCheck, armFossa('R')],
    },
    {
      why: 'takes this device’s side when both charted the same finding on different sides, never both joined',
      base: makeDraft(),
      mine: makeDraft({ findings: [armFossa('R')] }),
      theirs: makeDraft({ findings: [armFossa('L')] }),
      picked: (d) => d.findings,
      merged: [armFossa('R')],
    },
    {
      why: 'drops a finding this device removed that they left as it was',
      base: makeDraft({ findings: [legCheck, armFossa('R')] }),
      mine: makeDraft({ findings: [legCheck] }),
      theirs: makeDraft({ findings: [legCheck, armFossa('R')], chiefComplaint: 'Low back' }),
      picked: (d) => d.findings,
      merged: [legCheck],
    },
    {
      why: 'takes this device’s treated category when both chose one, and joins the reasons',
      base: makeDraft(),
      mine: makeDraft({ treatedCategory: { category: 'I', reason: 'Heel tension' } }),
      theirs: makeDraft({ treatedCategory: { category: 'II', reason: 'Arm–fossa' } }),
      picked: (d) => d.treatedCategory,
      merged: { category: 'I', reason: 'Arm–fossa / Heel tension' },
    },
    {
      why: 'keeps both sides’ new rows, theirs first, each once',
      base: withAdjustments([adjustment('L5', 'Diversified')]),
      mine: withAdjustments([adjustment('L5', 'Diversified'), adjustment('C1', 'Activator')]),
      theirs: withAdjustments([adjustment('L5', 'Diversified'), adjustment('T6', 'Drop')]),
      picked: (d) => d.record.treatment.adjustments,
      merged: [adjustment('L5', 'Diversified'), adjustment('T6', 'Drop'), adjustment('C1', 'Activator')],
    },
    {
      why: 'leaves out a row either side removed',
      base: withAdjustments([adjustment('L5', 'Diversified'), adjustment('C1', 'Activator')]),
      mine: withAdjustments([adjustment('C1', 'Activator'), adjustment('T6', 'Drop')]),
      theirs: withAdjustments([
        adjustment('L5', 'Diversified'),
        adjustment('C1', 'Activator'),
        adjustment('L5', 'Toggle'),
      ]),
      picked: (d) => d.record.treatment.adjustments,
      merged: [adjustment('C1', 'Activator'), adjustment('L5', 'Toggle'), adjustment('T6', 'Drop')],
    },
  ];
  for (const c of cases) {
    test(c.why, () => {
      assert.deepEqual(c.picked(mergeDrafts(c.base, c.mine, c.theirs)), c.merged);
    });
  }

  test('returns their draft unchanged when this device changed nothing', () => {
    const base = makeDraft({ chiefComplaint: 'Low back' });
    const theirs = makeDraft({ chiefComplaint: 'Low back since Monday', pain: 5, findings: [legCheck] });
    assert.deepEqual(mergeDrafts(base, base, theirs), theirs);
  });
});
