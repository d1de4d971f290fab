import type { CategoryId, Certainty, EngineResult, Finding, Level, Urgency } from '@sotchart/engine';
import type { Episode } from './episode';
import { findingLines, siteWords } from './finding-words';
import { list, names, proseOf, sentence, type NarrativeProse, type NarrativeText } from './narrative-prose';
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
  /**
   * The note's sentences: a `narrative` message formatted in the note's language (e.g. i18next's
   * `t` for the namespace). English from the catalogue when absent.
   */
  readonly text?: NarrativeText;
  /** The note's language (BCP 47) when `text` is given, for its lists; English otherwise. */
  readonly language?: string;
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

function subjective({ visit }: NarrativeInput, { text, language }: NarrativeProse): string {
  const told = visit.record.subjective.trim();
  const complaint = visit.chiefComplaint.trim();
  return sentence(
    [
      complaint === '' ? '' : text('subjective.chiefComplaint', { complaint }),
      // The score once: the practitioner's own words may already give it.
      visit.pain === null || told.includes(`${visit.pain}/10`)
        ? ''
        : text('subjective.pain', { pain: visit.pain }),
      told,
    ],
    language,
  );
}

function screen({ visit, engine, words }: NarrativeInput, { text, language }: NarrativeProse): string {
  const answered = (prefix: string) =>
    visit.findings.filter((f) => f.phase === 'pre' && f.indicator.startsWith(prefix));
  const flags = answered('rf_').filter((f) => f.positive === true);
  const cis = engine.analysis.contraindications;
  return sentence(
    [
      answered('rf_').length === 0
        ? ''
        : flags.length === 0
          ? text('screen.redFlagsNegative')
          : text('screen.redFlagsPositive', {
              flags: names(
                flags.map((f) => words.name(f.indicator)),
                language,
              ),
            }),
      cis.length > 0
        ? text('screen.contraindications', { contraindications: names(cis.map(words.name), language) })
        : answered('ci_').length === 0
          ? ''
          : text('screen.noContraindications'),
    ],
    language,
  );
}

function exam({ visit }: NarrativeInput, { text, language }: NarrativeProse): string {
  const e = visit.record.exam;
  const v = e.vitals;
  const vitals = [
    v.systolic !== undefined && v.diastolic !== undefined
      ? text('exam.bloodPressure', { systolic: v.systolic, diastolic: v.diastolic })
      : '',
    v.pulse === undefined ? '' : text('exam.pulse', { pulse: v.pulse }),
    v.respiration === undefined ? '' : text('exam.respiration', { respiration: v.respiration }),
    v.temperatureC === undefined ? '' : text('exam.temperature', { temperature: v.temperatureC }),
  ].filter((s) => s !== '');
  const tests = (t: { name: string; side: string; result: string; note?: string | undefined }) =>
    t.note === undefined || t.note === ''
      ? text('exam.test', { name: t.name, side: t.side, result: t.result })
      : text('exam.testWithNote', { name: t.name, side: t.side, result: t.result, note: t.note });
  return sentence(
    [
      vitals.length === 0 ? '' : text('exam.vitals', { vitals: names(vitals, language) }),
      e.rangeOfMotion.length === 0
        ? ''
        : text('exam.rangeOfMotion', {
            items: list(
              e.rangeOfMotion.map((r) =>
                text('exam.rangeOfMotionItem', { region: r.region, motion: r.motion, degrees: r.degrees }),
              ),
              language,
            ),
          }),
      e.orthopaedicTests.length === 0
        ? ''
        : text('exam.orthopaedicTests', { items: list(e.orthopaedicTests.map(tests), language) }),
      e.neurologicalTests.length === 0
        ? ''
        : text('exam.neurologicalTests', { items: list(e.neurologicalTests.map(tests), language) }),
      e.reflexes.length === 0
        ? ''
        : text('exam.reflexes', {
            items: list(
              e.reflexes.map((r) => text('exam.reflex', { name: r.name, side: r.side, grade: r.grade })),
              language,
            ),
          }),
    ],
    language,
  );
}

// O: the screen, the examination and each SOT indicator once, before and after treatment in one
// phrase, so the note carries no separate table saying the same. One indicator a line, as a list.
function objective(input: NarrativeInput, prose: NarrativeProse): string {
  const { text, language } = prose;
  const lines = findingLines(input.engine.verification.items, input.words.name, prose);
  return [
    sentence([screen(input, prose), exam(input, prose)], language),
    ...(lines.length === 0
      ? []
      : [
          text('objective.indicatorsIntro'),
          ...lines.map((line) => text('objective.indicatorLine', { line })),
        ]),
  ]
    .filter((line) => line !== '')
    .join('\n');
}

/** "Category II, right (…): arm–fossa test upper fossa right (primary); …", from the findings that counted. */
function categoryWords(
  input: NarrativeInput,
  { text, language }: NarrativeProse,
  c: { readonly category: CategoryId; readonly side: string | null; readonly level: Level | null },
): string {
  const { engine, words } = input;
  const counted = engine.analysis.counted
    .filter((f) => f.category === c.category)
    .map((f) => {
      const site = siteWords(f.site, text);
      const values = { indicator: words.name(f.indicator), side: f.side ?? 'none', role: f.role };
      return site === ''
        ? text('category.counted', values)
        : text('category.countedAtSite', { ...values, site });
    });
  const values = { category: c.category, side: c.side ?? 'none', level: c.level ?? 'none' };
  return counted.length === 0
    ? text('category.words', values)
    : text('category.wordsWithFindings', { ...values, findings: list(counted, language) });
}

function category(input: NarrativeInput, prose: NarrativeProse): string {
  const { text, language } = prose;
  const a = input.engine.analysis;
  if (a.category === 'none') return text('category.none');
  if (a.category === 'undetermined') return text('category.undetermined');
  return sentence(
    [
      text('category.fit', {
        category: categoryWords(input, prose, { category: a.category, side: a.side, level: a.level }),
      }),
      text('category.certainty', { certainty: input.words.certainty(a.rule.certainty) }),
      ...a.coexisting.map((c) => text('category.alsoPresent', { category: categoryWords(input, prose, c) })),
    ],
    language,
  );
}

/** A name inside a sentence: lower-case where the language writes its nouns so (not German). */
const inSentence = (name: string, language: string): string =>
  language === 'de' || language === 'ja' ? name : name.toLocaleLowerCase(language);

function assessment(input: NarrativeInput, prose: NarrativeProse): string {
  const { text, language } = prose;
  const { visit, engine, words } = input;
  const a = engine.analysis;
  if (a.referral !== null)
    return sentence(
      [
        text('assessment.redFlag', {
          flags: names(a.referral.flags.map(words.name), language),
          urgency: words.urgency(a.referral.urgency),
        }),
        text('assessment.referral', { referral: words.referral.replace(/[.。]$/, '') }),
        text('assessment.noProcedure'),
        visit.record.assessment.trim(),
      ],
      language,
    );
  const s = engine.verification.summary;
  const treated = visit.treatedCategory;
  return sentence(
    [
      category(input, prose),
      treated === null
        ? ''
        : text('assessment.treatedAs', { category: treated.category, reason: treated.reason.trim() }),
      ...visit.overrides
        .filter((o) => o.reason.trim() !== '')
        .map((o) =>
          text('assessment.proceededDespite', {
            contraindication: inSentence(words.name(o.contraindication), language),
            reason: o.reason.trim(),
          }),
        ),
      s.positivePre === 0
        ? ''
        : text('assessment.cleared', { cleared: s.positiveCleared, positive: s.positivePre }),
      visit.record.assessment.trim(),
      a.category === 'none' || a.category === 'undetermined' ? '' : text('assessment.notDiagnosis'),
    ],
    language,
  );
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
  const prose = proseOf(input.words);
  return {
    subjective: subjective(input, prose),
    objective: objective(input, prose),
    assessment: assessment(input, prose),
    plan: soapPlan(input, prose),
  };
}
