import { checkPartLetters } from '@sotchart/engine';
import { list, sentence, sideNames } from './narrative-prose';
import type { NarrativeInput } from './soap-narrative';

const landmarkWords = {
  trochanter: 'greater trochanter',
  acetabulum: 'acetabulum',
  asis: 'ASIS',
  iliac_crest: 'iliac crest',
} as const;

/** What was done at the visit, procedure by procedure, with PART per adjusted segment. */
function treatment({ visit, engine, words }: NarrativeInput): string {
  const t = visit.record.treatment;
  const plan = engine.plan;
  const minutes = Math.max(0, ...t.blocks.map((b) => b.minutes));
  const placement =
    plan === null
      ? ''
      : plan.placement === 'practitioner'
        ? ' (placement set by the practitioner)'
        : ` (placement: ${words.certainty(plan.certainty)})`;
  const part = visit.record.part.filter((p) => p.letters.length > 0);
  return sentence([
    t.blocks.length === 0
      ? ''
      : `Blocking${plan === null ? '' : ` ${plan.position}`}${placement}: ${list(t.blocks.map((b, i) => `block ${i + 1} under the ${sideNames[b.side]} ${landmarkWords[b.landmark]}`))}${minutes > 0 ? `, ${minutes} min` : ''}.`,
    t.adjustments.length === 0
      ? ''
      : `Adjusted ${list(t.adjustments.map((a) => `${a.segment} (${a.technique}${a.listing === undefined || a.listing === '' ? '' : `, ${a.listing}`})`))}.`,
    part.length === 0
      ? ''
      : `PART: ${list(part.map((p) => `${p.segment} ${p.letters.join(', ')}${checkPartLetters(p.letters).passed ? '' : ' (incomplete)'}`))}.`,
    t.cmrt.length === 0
      ? ''
      : `CMRT at ${list(t.cmrt.map((c) => `${c.level}${c.note === undefined || c.note === '' ? '' : ` (${c.note})`}`))}.`,
    t.cranial.length === 0
      ? ''
      : `Cranial: ${list(t.cranial.map((c) => [c.structure, c.direction, c.breathPhase === undefined ? undefined : `on ${c.breathPhase}`].filter(Boolean).join(' ')))}.`,
    t.extremity.length === 0
      ? ''
      : `Extremity: ${list(t.extremity.map((x) => `${sideNames[x.side]} ${x.joint}${x.direction === undefined || x.direction === '' ? '' : ` ${x.direction}`}`))}.`,
    t.muscleTests.length === 0
      ? ''
      : `Muscle tests (observations): ${list(t.muscleTests.map((m) => `${sideNames[m.side]} ${m.muscle} ${m.result} ${m.phase === 'pre' ? 'before' : 'after'} treatment`))}.`,
    t.instrument.length === 0
      ? ''
      : `Instrument: ${list(t.instrument.map((i) => `${i.device} force ${i.force}, ${i.thrust} thrust${i.segment === undefined ? '' : ` at ${i.segment}`}`))}.`,
    t.sittingDisc.length === 0
      ? ''
      : `Sitting Disc Technique at ${list(t.sittingDisc.map((d) => `${d.level}${d.slrPre === undefined ? '' : `, SLR ${d.slrPre}° before${d.slrPost === undefined ? '' : ` and ${d.slrPost}° after`}`}`))}.`,
  ]);
}

/** When the patient comes back, from the episode's plan of care: visits a week, weeks, re-exam. */
function forward({ plan, words, visitDay }: NarrativeInput): string {
  if (plan === null) return 'Next visit: no plan of care set for this episode.';
  const perWeek = plan.visitsPerWeek;
  const days = perWeek === null || perWeek <= 0 ? null : Math.max(1, Math.round(7 / perWeek));
  return sentence([
    days === null
      ? 'Next visit: frequency not set in the plan of care.'
      : `Next visit in about ${days} day${days === 1 ? '' : 's'} (${perWeek} a week${plan.durationWeeks === null ? '' : ` for ${plan.durationWeeks} weeks`}).`,
    plan.reExamDate === null
      ? ''
      : visitDay !== undefined && plan.reExamDate < visitDay
        ? `Re-examination overdue (due ${words.day(plan.reExamDate)}).`
        : `Re-examination due ${words.day(plan.reExamDate)}.`,
  ]);
}

/**
 * P: the treatment given, home care and the forward plan (next visit and re-examination from the
 * episode's plan of care); under a red flag, only the referral.
 */
export function soapPlan(input: NarrativeInput): string {
  const { visit, engine, words } = input;
  const record = visit.record;
  if (engine.analysis.referral !== null)
    return sentence([
      // The engine's message recommends the referral; once it is recorded, the record says what was done.
      record.referral === null
        ? engine.analysis.referral.message
        : `${words.referral.replace(/\.$/, '')}. No SOT procedure, blocking, CMRT or home care at this visit.`,
      record.referral?.note === undefined || record.referral.note.trim() === ''
        ? ''
        : `Referral note: ${record.referral.note.trim()}`,
      record.plan.trim(),
    ]);
  const homeCare = record.homeCare.trim();
  return sentence([
    treatment(input),
    engine.heelLift === null ? '' : engine.heelLift.message,
    homeCare === '' ? 'Home care: none given.' : `Home care: ${homeCare.replace(/\.?$/, '.')}`,
    forward(input),
    record.plan.trim(),
  ]);
}
