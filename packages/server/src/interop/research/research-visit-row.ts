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
}

/** The de-identified row of one visit: the engine's result, the record's codes, no free text. */
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
      procedures: [...v.record.coding.procedures],
      modifiers: [...v.record.coding.modifiers],
    },
    packRef: a.packRef,
    engineVersion: v.engine.engineVersion,
  };
}
