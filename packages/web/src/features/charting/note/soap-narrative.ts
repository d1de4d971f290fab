import type { VisitRecord } from '@sotchart/contract';
import { isPositive, type EngineResult, type Finding, type ProtocolPack } from '@sotchart/engine';
import { blockPhrase } from '../../blocking-diagram/landmark-names';
import { certaintyText } from '../../protocol/certainty-badge';
import type { VisitDraft } from '../draft/visit-draft';
import { entryText } from '../entry/entry-text';
import { valueOf } from '../entry/entry-value';
import { changeLabel } from '../../timeline/change-label';
import { clearedHeadline, sideWord, verificationNotes } from '../../timeline/verification-text';
import { referralStatus, urgencyWords } from '../screen/referral-text';
import { screenIds } from '../screen/screen-answers';

export type Soap = VisitRecord['soap'];

export interface NarrativeInput {
  readonly draft: VisitDraft;
  readonly engine: EngineResult;
  readonly pack: ProtocolPack;
  readonly name: (id: string) => string;
  /** The clinic's time zone, for the time of a recorded referral. */
  readonly timeZone: string;
}

const sentence = (parts: readonly string[]) => parts.filter((p) => p.trim() !== '').join(' ');
const list = (items: readonly string[]) => items.join('; ');

function findingPhrase(f: Finding, name: (id: string) => string): string {
  const where = f.site?.line === undefined ? '' : ` line ${f.site.line} area ${f.site.area ?? ''}`;
  const carried = f.carriedForward === true ? ' (carried forward from the last visit, confirmed)' : '';
  return `${name(f.indicator)}${where} ${entryText(valueOf(f))}${carried}`.trim();
}

function subjective({ draft }: NarrativeInput): string {
  return sentence([
    draft.chiefComplaint.trim() === '' ? '' : `Chief complaint: ${draft.chiefComplaint.trim()}.`,
    draft.pain === null ? '' : `Pain ${draft.pain}/10.`,
    draft.record.subjective.trim(),
  ]);
}

function objective({ draft, engine, pack, name }: NarrativeInput): string {
  const screen = new Set(screenIds(pack));
  const flags = engine.analysis.referral?.flags ?? [];
  const cis = engine.analysis.contraindications;
  const pre = draft.findings.filter((f) => f.phase === 'pre' && !screen.has(f.indicator));
  const positive = pre.filter((f) => isPositive(f) || (f.mm !== undefined && f.mm > 0));
  const negative = pre.filter((f) => !positive.includes(f));
  const v = draft.record.exam.vitals;
  const vitals = [
    v.systolic !== undefined && v.diastolic !== undefined ? `BP ${v.systolic}/${v.diastolic}` : '',
    v.pulse === undefined ? '' : `pulse ${v.pulse}`,
    v.respiration === undefined ? '' : `respiration ${v.respiration}`,
    v.temperatureC === undefined ? '' : `temperature ${v.temperatureC} °C`,
  ].filter((s) => s !== '');
  const e = draft.record.exam;
  return sentence([
    flags.length > 0
      ? `Red-flag screen positive: ${flags.map(name).join(', ')}.`
      : 'Red-flag screen negative.',
    cis.length > 0 ? `Contraindications: ${cis.map(name).join(', ')}.` : 'No contraindications reported.',
    positive.length === 0
      ? ''
      : `SOT pre-check positive: ${list(positive.map((f) => findingPhrase(f, name)))}.`,
    negative.length === 0 ? '' : `Negative or even: ${list(negative.map((f) => findingPhrase(f, name)))}.`,
    vitals.length === 0 ? '' : `Vitals: ${vitals.join(', ')}.`,
    e.rangeOfMotion.length === 0
      ? ''
      : `Range of motion: ${list(e.rangeOfMotion.map((r) => `${r.region} ${r.motion} ${r.degrees}°`))}.`,
    e.orthopaedicTests.length === 0
      ? ''
      : `Orthopaedic tests: ${list(e.orthopaedicTests.map((t) => `${t.name} ${t.side === 'none' ? '' : `${t.side} `}${t.result}`))}.`,
    e.neurologicalTests.length === 0
      ? ''
      : `Neurological tests: ${list(e.neurologicalTests.map((t) => `${t.name} ${t.side === 'none' ? '' : `${t.side} `}${t.result}`))}.`,
    e.reflexes.length === 0
      ? ''
      : `Reflexes: ${list(e.reflexes.map((r) => `${r.name} ${r.side} ${r.grade}/4`))}.`,
  ]);
}

// The post-check as the engine gives it: the headline, what it leaves out, and the items that moved
// (cleared, improved, worse, side changed, new), each with its side.
function postCheck({ engine, name }: NarrativeInput): string {
  const v = engine.verification;
  if (v.summary.positivePre === 0 && v.items.every((i) => i.post === undefined)) return '';
  const moved = v.items.filter((i) => i.change !== 'unchanged' && i.change !== 'not_rechecked');
  const where = (i: (typeof v.items)[number]) =>
    `${i.site?.line === undefined ? '' : ` line ${i.site.line} area ${i.site.area ?? ''}`}${i.side === null ? '' : ` ${sideWord(i.side)}`}`;
  return sentence([
    `Post-check: ${[clearedHeadline(v.summary), ...verificationNotes(v.summary)].join('; ')}.`,
    moved.length === 0
      ? ''
      : `${list(moved.map((i) => `${name(i.indicator)}${where(i)} ${changeLabel(i.change).text}`))}.`,
  ]);
}

function assessment(input: NarrativeInput): string {
  const { draft, engine, name, timeZone } = input;
  const a = engine.analysis;
  if (a.referral !== null) {
    const urgency = urgencyWords[a.referral.urgency];
    return sentence([
      `Red flag present (${a.referral.flags.map(name).join(', ')}): ${urgency.label.toLowerCase()}, ${urgency.when}.`,
      `${referralStatus(draft.record.referral, timeZone)}.`,
      'No SOT procedure at this visit.',
      draft.record.assessment.trim(),
    ]);
  }
  const counted = a.counted.map((c) =>
    `${name(c.indicator)} ${c.side ?? ''} (${c.role === 'P' ? 'primary' : 'supporting'}, Category ${c.category})`.replace(
      / +/g,
      ' ',
    ),
  );
  const found =
    a.category === 'I' || a.category === 'II' || a.category === 'III'
      ? `SOT analysis (${a.packRef}): Category ${a.category}${a.side === null ? '' : ` ${a.side}`}, ${a.level ?? ''}, from ${list(counted)}; rule certainty: ${certaintyText(a.rule.certainty).toLowerCase()}.`
      : a.category === 'none'
        ? `SOT analysis (${a.packRef}): no category present.`
        : `SOT analysis (${a.packRef}): undetermined.`;
  const treated = draft.treatedCategory;
  return sentence([
    found,
    a.coexisting.length === 0
      ? ''
      : `Also present: ${list(a.coexisting.map((c) => `Category ${c.category} ${c.level}`))}.`,
    treated === null ? '' : `Treated as Category ${treated.category}: ${treated.reason.trim()}.`,
    ...draft.overrides
      .filter((o) => o.reason.trim() !== '')
      .map((o) => `Proceeded despite ${name(o.contraindication).toLowerCase()}: ${o.reason.trim()}.`),
    postCheck(input),
    draft.record.assessment.trim(),
    'SOT indicators support clinical judgement; they are not a diagnosis.',
  ]);
}

function plan({ draft, engine, timeZone }: NarrativeInput): string {
  const referral = draft.record.referral;
  if (engine.analysis.referral !== null)
    return sentence([
      // The engine's message recommends the referral; once it is recorded, the record says what was done.
      referral === null
        ? engine.analysis.referral.message
        : `${referralStatus(referral, timeZone)}. No SOT procedure, blocking, CMRT or home care at this visit.`,
      referral?.note === undefined || referral.note.trim() === ''
        ? ''
        : `Referral note: ${referral.note.trim()}`,
      draft.record.plan.trim(),
    ]);
  const t = draft.record.treatment;
  const position = engine.plan?.position;
  const certainty =
    engine.plan === null ? '' : ` (plan certainty: ${certaintyText(engine.plan.certainty).toLowerCase()})`;
  const minutes = Math.max(0, ...t.blocks.map((b) => b.minutes));
  const part = draft.record.part.filter((p) => p.letters.length > 0);
  return sentence([
    t.blocks.length === 0
      ? ''
      : `Blocking${position === undefined ? '' : `, ${position}`}${certainty}: ${list(t.blocks.map((b, i) => blockPhrase({ order: i + 1, side: b.side, landmark: b.landmark })))}${minutes > 0 ? `, ${minutes} min` : ''}.`,
    t.adjustments.length === 0
      ? ''
      : `Adjusted: ${list(t.adjustments.map((a) => `${a.segment} (${a.technique}${a.listing === undefined || a.listing === '' ? '' : `, ${a.listing}`})`))}.`,
    part.length === 0 ? '' : `PART: ${list(part.map((p) => `${p.segment} ${p.letters.join(', ')}`))}.`,
    t.cmrt.length === 0 ? '' : `CMRT: ${list(t.cmrt.map((c) => c.level))}.`,
    t.cranial.length === 0
      ? ''
      : `Cranial: ${list(t.cranial.map((c) => [c.structure, c.direction, c.breathPhase].filter(Boolean).join(' ')))}.`,
    t.extremity.length === 0
      ? ''
      : `Extremity: ${list(t.extremity.map((x) => `${x.side} ${x.joint}${x.direction === undefined || x.direction === '' ? '' : ` ${x.direction}`}`))}.`,
    t.muscleTests.length === 0
      ? ''
      : `AK muscle tests (observations): ${list(t.muscleTests.map((m) => `${m.side} ${m.muscle} ${m.result} (${m.phase})`))}.`,
    t.instrument.length === 0
      ? ''
      : `Instrument: ${list(t.instrument.map((i) => `${i.device} force ${i.force}, ${i.thrust}${i.segment === undefined ? '' : ` at ${i.segment}`}`))}.`,
    t.sittingDisc.length === 0 ? '' : `Sitting Disc Technique: ${list(t.sittingDisc.map((s) => s.level))}.`,
    draft.record.homeCare.trim() === '' ? '' : `Home care: ${draft.record.homeCare.trim()}`,
    draft.record.plan.trim(),
  ]);
}

/** The SOAP narrative written from the structured record; the practitioner edits it freely after. */
export function soapNarrative(input: NarrativeInput): Soap {
  return {
    subjective: subjective(input),
    objective: objective(input),
    assessment: assessment(input),
    plan: plan(input),
  };
}
