import type { CategoryId, Certainty, EngineResult, Finding, Level, Urgency } from '@sotchart/engine';
import type { Episode } from './episode';
import { findingLines, siteWords } from './finding-words';
import { list, sentence, sideNames } from './narrative-prose';
import { soapPlan } from './soap-plan';
import type { VisitRecord } from './visit-record';

export type Soap = VisitRecord['soap'];

/** What the narrative reads from a visit: a draft on screen and a stored visit both fit. */
export interface NarrativeVisit {
  readonly chiefComplaint: string;
  readonly pain: number | null;
  readonly findings: readonly Finding[];
  readonly treatedCategory: { readonly category: CategoryId; readonly reason: string } | null;
  readonly overrides: readonly { readonly contraindication: string; readonly reason: string }[];
  readonly record: VisitRecord;
}

/** How the caller prints names, certainties, days and the referral: the screen and the PDF each have theirs. */
export interface NarrativeWords {
  /** An indicator's or screen item's name in the visit's protocol pack. */
  readonly name: (id: string) => string;
  readonly certainty: (certainty: Certainty) => string;
  /** A calendar day (YYYY-MM-DD) as printed, e.g. the re-examination date. */
  readonly day: (isoDate: string) => string;
  /** "Emergency department now", "medical assessment the same day" … */
  readonly urgency: (urgency: Urgency) => string;
  /** Where the referral stands: "Referral recommended" until one is recorded (REFERENCE §7). */
  readonly referral: string;
}

export interface NarrativeInput {
  readonly visit: NarrativeVisit;
  readonly engine: EngineResult;
  /** The episode's plan of care, for the forward plan; null without an episode. */
  readonly plan: Episode['plan'] | null;
  /** The visit's day (YYYY-MM-DD, clinic time), so a re-examination date already past reads as overdue. */
  readonly visitDay?: string;
  readonly words: NarrativeWords;
}

function subjective({ visit }: NarrativeInput): string {
  const told = visit.record.subjective.trim();
  return sentence([
    visit.chiefComplaint.trim() === '' ? '' : `Chief complaint: ${visit.chiefComplaint.trim()}.`,
    // The score once: the practitioner's own words may already give it.
    visit.pain === null || told.includes(`${visit.pain}/10`) ? '' : `Pain ${visit.pain}/10.`,
    told,
  ]);
}

function screen({ visit, engine, words }: NarrativeInput): string {
  const answered = (prefix: string) =>
    visit.findings.filter((f) => f.phase === 'pre' && f.indicator.startsWith(prefix));
  const flags = answered('rf_').filter((f) => f.positive === true);
  const cis = engine.analysis.contraindications;
  return sentence([
    answered('rf_').length === 0
      ? ''
      : flags.length === 0
        ? 'Red-flag screen negative.'
        : `Red-flag screen positive: ${flags.map((f) => words.name(f.indicator)).join(', ')}.`,
    cis.length > 0
      ? `Contraindications: ${cis.map(words.name).join(', ')}.`
      : answered('ci_').length === 0
        ? ''
        : 'No contraindications reported.',
  ]);
}

function exam({ visit }: NarrativeInput): string {
  const e = visit.record.exam;
  const v = e.vitals;
  const side = (s: string) => (sideNames[s] === undefined ? '' : ` ${sideNames[s]}`);
  const vitals = [
    v.systolic !== undefined && v.diastolic !== undefined ? `BP ${v.systolic}/${v.diastolic} mmHg` : '',
    v.pulse === undefined ? '' : `pulse ${v.pulse}/min`,
    v.respiration === undefined ? '' : `respiration ${v.respiration}/min`,
    v.temperatureC === undefined ? '' : `temperature ${v.temperatureC} °C`,
  ].filter((s) => s !== '');
  const tests = (t: { name: string; side: string; result: string; note?: string | undefined }) =>
    `${t.name}${side(t.side)} ${t.result}${t.note === undefined || t.note === '' ? '' : ` (${t.note})`}`;
  return sentence([
    vitals.length === 0 ? '' : `Vitals: ${vitals.join(', ')}.`,
    e.rangeOfMotion.length === 0
      ? ''
      : `Range of motion: ${list(e.rangeOfMotion.map((r) => `${r.region} ${r.motion} ${r.degrees}°`))}.`,
    e.orthopaedicTests.length === 0 ? '' : `Orthopaedic tests: ${list(e.orthopaedicTests.map(tests))}.`,
    e.neurologicalTests.length === 0 ? '' : `Neurological tests: ${list(e.neurologicalTests.map(tests))}.`,
    e.reflexes.length === 0
      ? ''
      : `Reflexes: ${list(e.reflexes.map((r) => `${r.name}${side(r.side)} ${r.grade}/4`))}.`,
  ]);
}

// O: the screen, the examination and each SOT indicator once, before and after treatment in one
// phrase, so the note carries no separate table saying the same. One indicator a line, as a list.
function objective(input: NarrativeInput): string {
  const lines = findingLines(input.engine.verification.items, input.words.name);
  return [
    sentence([screen(input), exam(input)]),
    ...(lines.length === 0
      ? []
      : [
          'SOT indicators, as the practitioner found them before and after treatment:',
          ...lines.map((l) => `${l}.`),
        ]),
  ]
    .filter((line) => line !== '')
    .join('\n');
}

const levelWords = {
  indicated: 'its primary indicator positive',
  supported: 'its primary indicator positive, with supporting findings',
  suggested: 'supporting findings only; its primary test is still to examine',
} as const;

/** "Category II, right (…): arm–fossa test upper fossa right (primary); …", from the findings that counted. */
function categoryWords(
  input: NarrativeInput,
  c: { readonly category: CategoryId; readonly side: string | null; readonly level: Level | null },
): string {
  const { engine, words } = input;
  const counted = engine.analysis.counted
    .filter((f) => f.category === c.category)
    .map((f) => {
      const where = [siteWords(f.site), f.side === undefined ? '' : (sideNames[f.side] ?? '')]
        .filter((s) => s !== '')
        .join(' ');
      return `${words.name(f.indicator)}${where === '' ? '' : ` ${where}`} (${f.role === 'P' ? 'primary' : 'supporting'})`;
    });
  const side = c.side === null || c.side === 'none' ? '' : `, ${sideNames[c.side] ?? c.side}`;
  const level = c.level === null ? '' : ` (${levelWords[c.level]})`;
  return `Category ${c.category}${side}${level}${counted.length === 0 ? '' : `: ${list(counted)}`}`;
}

function category(input: NarrativeInput): string {
  const a = input.engine.analysis;
  if (a.category === 'none') return 'No SOT category found at the pre-check.';
  if (a.category === 'undetermined')
    return 'SOT category undetermined: not every primary indicator was examined.';
  return sentence([
    `The findings fit SOT ${categoryWords(input, { category: a.category, side: a.side, level: a.level })}.`,
    `Rule certainty: ${input.words.certainty(a.rule.certainty)}.`,
    ...a.coexisting.map((c) => `Also present: ${categoryWords(input, c)}.`),
  ]);
}

function assessment(input: NarrativeInput): string {
  const { visit, engine, words } = input;
  const a = engine.analysis;
  if (a.referral !== null)
    return sentence([
      `Red flag present (${a.referral.flags.map(words.name).join(', ')}): ${words.urgency(a.referral.urgency)}.`,
      `${words.referral.replace(/\.$/, '')}.`,
      'No SOT procedure at this visit.',
      visit.record.assessment.trim(),
    ]);
  const s = engine.verification.summary;
  const treated = visit.treatedCategory;
  return sentence([
    category(input),
    treated === null ? '' : `Treated as Category ${treated.category}: ${treated.reason.trim()}.`,
    ...visit.overrides
      .filter((o) => o.reason.trim() !== '')
      .map((o) => `Proceeded despite ${words.name(o.contraindication).toLowerCase()}: ${o.reason.trim()}.`),
    s.positivePre === 0
      ? ''
      : `After treatment ${s.positiveCleared} of ${s.positivePre} positive findings cleared.`,
    visit.record.assessment.trim(),
    a.category === 'none' || a.category === 'undetermined'
      ? ''
      : 'The category classifies the practitioner’s findings to guide the choice of treatment; it supports clinical judgement and is not a diagnosis.',
  ]);
}

/**
 * The SOAP narrative written from the structured record, as a clinician would write it: S, O, A and
 * P once each, the indicators in plain words before and after treatment, the category as a
 * classification that supports the practitioner's judgement, and a forward plan. It names no rule or
 * protocol id: those belong in the note's appendix line. The practitioner edits it freely after.
 *
 * @example
 * soapNarrative({ visit, engine, plan: episode.plan, words }).objective;
 * // '… Leg check: left leg 5 mm short; even after treatment. SLR: left 40°, symptom reproduced; right negative. …'
 */
export function soapNarrative(input: NarrativeInput): Soap {
  return {
    subjective: subjective(input),
    objective: objective(input),
    assessment: assessment(input),
    plan: soapPlan(input),
  };
}
