import type { Visit } from '@sotchart/contract';
import type { ResearchVisit } from './research-rows';
import type { LabelScrubber } from './scrub-label';

/** A visit and where it sits in the export: its random ids and its timing. */
export interface VisitRowInput {
  readonly visit: Visit;
  readonly id: string;
  readonly patientId: string;
  readonly episodeId: string | null;
  /** The visit's day in the clinic's zone, already shifted in the `shifted` mode. */
  readonly date: string;
  /** True in the `shifted` mode: the row keeps the whole (shifted) date, not only its year. */
  readonly withDate: boolean;
  readonly day: number;
  /** True when `day` counts from the patient's first visit, the visit having no episode. */
  readonly fromFirstVisit: boolean;
  readonly label: LabelScrubber;
  /** The free-text scrubber when the owner asked for free text, else null (left out). */
  readonly text: LabelScrubber | null;
}

/** A visit's free text, scrubbed, by field; empty fields left out. */
function visitText(v: Visit, scrub: LabelScrubber): Record<string, string> {
  const r = v.record;
  const fields: Record<string, string> = {
    chiefComplaint: v.chiefComplaint,
    subjective: r.subjective,
    assessment: r.assessment,
    plan: r.plan,
    homeCare: r.homeCare,
    soapSubjective: r.soap.subjective,
    soapObjective: r.soap.objective,
    soapAssessment: r.soap.assessment,
    soapPlan: r.soap.plan,
  };
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields)) {
    const clean = scrub(value);
    if (clean !== null && clean.trim() !== '') out[key] = clean;
  }
  return out;
}

/** The de-identified row of one visit: the engine's result, the record's codes, free text only if asked. */
export function visitRow(input: VisitRowInput): ResearchVisit {
  const { visit: v, date, label } = input;
  const a = v.engine.analysis;
  return {
    id: input.id,
    patientId: input.patientId,
    episodeId: input.episodeId,
    year: Number(date.slice(0, 4)),
    ...(input.withDate ? { date } : {}),
    day: input.day,
    dayFrom: input.fromFirstVisit ? 'first-visit' : 'episode-start',
    type: v.type,
    status: v.status,
    pain: v.pain,
    category: a.category,
    side: a.side,
    level: a.level,
    coexisting: a.coexisting.map((c) => ({ category: c.category, side: c.side, level: c.level })),
    treatedCategory: v.treatedCategory?.category ?? null,
    referral: a.referral === null ? null : [...a.referral.flags],
    contraindications: [...a.contraindications],
    verification: { ...v.engine.verification.summary },
    part: v.record.part.map((p) => ({ segment: p.segment, letters: [...p.letters] })),
    coding: {
      diagnoses: v.record.coding.diagnoses.map((c) => label(c) ?? ''),
      // The research shape keeps one list of codes and one of modifiers; pointers would add nothing there.
      procedures: v.record.coding.lines.map((l) => l.code),
      modifiers: [...new Set(v.record.coding.lines.flatMap((l) => l.modifiers))],
    },
    packRef: a.packRef,
    engineVersion: v.engine.engineVersion,
    ...(input.text === null ? {} : { text: visitText(v, input.text) }),
  };
}
