import type {
  CarePhase,
  CodingInput,
  ContraindicationOverride,
  EngineInput,
  ExtraspinalRegion,
  Finding,
  PartLetter,
  Segment,
} from '@sotchart/engine';
import { regionOfJoint } from './extremity-joints';
import type { VisitRecord } from './visit-record';

/** The segments that need PART letters: each adjusted one (by hand or instrument), and IL when the pelvis was blocked. */
export function treatedSegments(treatment: VisitRecord['treatment']): Segment[] {
  const segments = new Set<Segment>(treatment.adjustments.map((a) => a.segment));
  for (const i of treatment.instrument) if (i.segment !== undefined) segments.add(i.segment);
  if (treatment.blocks.length > 0) segments.add('IL');
  return [...segments];
}

/**
 * The engine's coding input from what the record charts: adjusted segments (by hand or instrument)
 * with their PART letters, blocking (PART at IL), cranial work, extremity joints by region, and the
 * episode's care phase and ABN. Null when nothing that could be coded was treated.
 */
export function codingInputOf(record: VisitRecord, phase: CarePhase, abnOnFile: boolean): CodingInput | null {
  const lettersAt = (segment: Segment): PartLetter[] => [
    ...new Set(record.part.find((p) => p.segment === segment)?.letters ?? []),
  ];
  const t = record.treatment;
  const adjusted = treatedSegments({ ...t, blocks: [] });
  const extraspinal = new Set<ExtraspinalRegion>();
  for (const x of t.extremity) {
    const region = regionOfJoint(x.joint);
    if (region !== null) extraspinal.add(region);
  }
  const blocking = t.blocks.length > 0;
  if (adjusted.length === 0 && !blocking && t.cranial.length === 0 && extraspinal.size === 0) return null;
  return {
    adjustedSegments: adjusted.map((segment) => ({ segment, part: lettersAt(segment) })),
    blocking: blocking ? { part: lettersAt('IL') } : null,
    cranial: t.cranial.length > 0,
    extraspinalRegions: [...extraspinal],
    phase,
    abnOnFile,
  };
}

/** What decides coding beyond the visit itself: the episode's care phase and whether an ABN is on file. */
export interface EpisodeCoding {
  readonly phase: CarePhase;
  readonly abnDate: string | null;
}

/**
 * The engine's input for a visit, assembled the same way by the server (which stores the result),
 * the web app (live analysis) and the CLI: the findings, the override reasons and the treatment as
 * coding input. One assembly, so every consumer gets the same engine result.
 */
export function engineInputOf(
  visit: {
    readonly findings: readonly Finding[];
    readonly overrides: readonly ContraindicationOverride[];
    readonly record: VisitRecord;
  },
  episode: EpisodeCoding | null,
): EngineInput {
  return {
    findings: visit.findings,
    overrides: visit.overrides,
    coding: codingInputOf(visit.record, episode?.phase ?? 'active', (episode?.abnDate ?? null) !== null),
  };
}
