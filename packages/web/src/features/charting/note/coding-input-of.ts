import type { VisitRecord } from '@sotchart/contract';
import type { CarePhase, CodingInput, ExtraspinalRegion, PartLetter, Segment } from '@sotchart/engine';
import { treatedSegments } from '../treatment/part-suggestions';
import { regionOfJoint } from '../treatment/extremity-joints';

/** The engine's coding input from the structured record and the episode's care phase and ABN. */
export function codingInputOf(record: VisitRecord, phase: CarePhase, abnOnFile: boolean): CodingInput {
  const lettersAt = (segment: Segment): PartLetter[] => [
    ...(record.part.find((p) => p.segment === segment)?.letters ?? []),
  ];
  const t = record.treatment;
  const adjusted = treatedSegments({ ...t, blocks: [] });
  const extraspinal = new Set<ExtraspinalRegion>();
  for (const x of t.extremity) {
    const region = regionOfJoint(x.joint);
    if (region !== null) extraspinal.add(region);
  }
  return {
    adjustedSegments: adjusted.map((segment) => ({ segment, part: lettersAt(segment) })),
    blocking: t.blocks.length > 0 ? { part: lettersAt('IL') } : null,
    cranial: t.cranial.length > 0,
    extraspinalRegions: [...extraspinal],
    phase,
    abnOnFile,
  };
}
