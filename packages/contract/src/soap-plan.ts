import { checkPartLetters } from '@sotchart/engine';
import { list, names, proseOf, sentence, type NarrativeProse } from './narrative-prose';
import type { NarrativeInput } from './soap-narrative';

/** What was done at the visit, procedure by procedure, with PART per adjusted segment. */
function treatment({ visit, engine, words }: NarrativeInput, { text, language }: NarrativeProse): string {
  const t = visit.record.treatment;
  const plan = engine.plan;
  const minutes = Math.max(0, ...t.blocks.map((b) => b.minutes));
  const items = (each: readonly string[]) => list(each, language);
  const part = visit.record.part.filter((p) => p.letters.length > 0);
  return sentence(
    [
      t.blocks.length === 0
        ? ''
        : text('plan.blocking', {
            position: plan === null ? 'none' : plan.position,
            placement: plan === null ? 'none' : plan.placement === 'practitioner' ? 'practitioner' : 'engine',
            certainty: plan === null ? '' : words.certainty(plan.certainty),
            blocks: items(
              t.blocks.map((b, i) =>
                text('plan.block', { number: i + 1, side: b.side, landmark: b.landmark }),
              ),
            ),
            minutes,
          }),
      t.adjustments.length === 0
        ? ''
        : text('plan.adjusted', {
            adjustments: items(
              t.adjustments.map((a) =>
                a.listing === undefined || a.listing === ''
                  ? text('plan.adjustment', { segment: a.segment, technique: a.technique })
                  : text('plan.adjustmentListing', {
                      segment: a.segment,
                      technique: a.technique,
                      listing: a.listing,
                    }),
              ),
            ),
          }),
      part.length === 0
        ? ''
        : text('plan.part', {
            items: items(
              part.map((p) => {
                const values = { segment: p.segment, letters: names(p.letters, language) };
                return checkPartLetters(p.letters).passed
                  ? text('plan.partItem', values)
                  : text('plan.partItemIncomplete', values);
              }),
            ),
          }),
      t.cmrt.length === 0
        ? ''
        : text('plan.cmrt', {
            levels: items(
              t.cmrt.map((c) =>
                c.note === undefined || c.note === ''
                  ? c.level
                  : text('plan.cmrtLevelNote', { level: c.level, note: c.note }),
              ),
            ),
          }),
      t.cranial.length === 0
        ? ''
        : text('plan.cranial', {
            items: items(
              t.cranial.map((c) => {
                const values = { structure: c.structure, breath: c.breathPhase ?? 'none' };
                return c.direction === undefined || c.direction === ''
                  ? text('plan.cranialItem', values)
                  : text('plan.cranialItemDirection', { ...values, direction: c.direction });
              }),
            ),
          }),
      t.extremity.length === 0
        ? ''
        : text('plan.extremity', {
            items: items(
              t.extremity.map((x) =>
                x.direction === undefined || x.direction === ''
                  ? text('plan.extremityItem', { side: x.side, joint: x.joint })
                  : text('plan.extremityItemDirection', {
                      side: x.side,
                      joint: x.joint,
                      direction: x.direction,
                    }),
              ),
            ),
          }),
      t.muscleTests.length === 0
        ? ''
        : text('plan.muscleTests', {
            items: items(
              t.muscleTests.map((m) =>
                text('plan.muscleTest', { side: m.side, muscle: m.muscle, result: m.result, phase: m.phase }),
              ),
            ),
          }),
      t.instrument.length === 0
        ? ''
        : text('plan.instrument', {
            items: items(
              t.instrument.map((i) =>
                i.segment === undefined
                  ? text('plan.instrumentItem', { device: i.device, force: i.force, thrust: i.thrust })
                  : text('plan.instrumentItemAt', {
                      device: i.device,
                      force: i.force,
                      thrust: i.thrust,
                      segment: i.segment,
                    }),
              ),
            ),
          }),
      t.sittingDisc.length === 0
        ? ''
        : text('plan.sittingDisc', {
            items: items(
              t.sittingDisc.map((d) =>
                d.slrPre === undefined
                  ? d.level
                  : d.slrPost === undefined
                    ? text('plan.sittingDiscSlr', { level: d.level, before: d.slrPre })
                    : text('plan.sittingDiscSlrAfter', {
                        level: d.level,
                        before: d.slrPre,
                        after: d.slrPost,
                      }),
              ),
            ),
          }),
    ],
    language,
  );
}

/** When the patient comes back, from the episode's plan of care: visits a week, weeks, re-exam. */
function forward({ plan, words, visitDay }: NarrativeInput, { text, language }: NarrativeProse): string {
  if (plan === null) return text('plan.noPlanOfCare');
  const perWeek = plan.visitsPerWeek;
  const days = perWeek === null || perWeek <= 0 ? null : Math.max(1, Math.round(7 / perWeek));
  return sentence(
    [
      days === null || perWeek === null
        ? text('plan.noFrequency')
        : plan.durationWeeks === null
          ? text('plan.nextVisit', { days, perWeek })
          : text('plan.nextVisitWeeks', { days, perWeek, weeks: plan.durationWeeks }),
      plan.reExamDate === null
        ? ''
        : visitDay !== undefined && plan.reExamDate < visitDay
          ? text('plan.reExamOverdue', { date: words.day(plan.reExamDate) })
          : text('plan.reExamDue', { date: words.day(plan.reExamDate) }),
    ],
    language,
  );
}

/**
 * P: the treatment given, home care and the forward plan (next visit and re-examination from the
 * episode's plan of care); under a red flag, only the referral.
 */
export function soapPlan(input: NarrativeInput, prose: NarrativeProse = proseOf(input.words)): string {
  const { text, language } = prose;
  const { visit, engine, words } = input;
  const record = visit.record;
  if (engine.analysis.referral !== null)
    return sentence(
      [
        // The engine's message recommends the referral; once it is recorded, the record says what was done.
        record.referral === null
          ? engine.analysis.referral.message
          : text('plan.referralRecorded', { referral: words.referral.replace(/[.。]$/, '') }),
        record.referral?.note === undefined || record.referral.note.trim() === ''
          ? ''
          : text('plan.referralNote', { note: record.referral.note.trim() }),
        record.plan.trim(),
      ],
      language,
    );
  const homeCare = record.homeCare.trim();
  return sentence(
    [
      treatment(input, prose),
      engine.heelLift === null ? '' : engine.heelLift.message,
      homeCare === ''
        ? text('plan.homeCareNone')
        : text('plan.homeCare', { homeCare: homeCare.replace(/\.$/, '') }),
      forward(input, prose),
      record.plan.trim(),
    ],
    language,
  );
}
