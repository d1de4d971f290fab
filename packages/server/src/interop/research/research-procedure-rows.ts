import type { Visit } from '@sotchart/contract';
import type { ResearchProcedure } from './research-rows';
import type { LabelScrubber } from './scrub-label';

/** One row per procedure of a visit's treatment, kind by kind, practitioner-typed labels scrubbed. */
export function procedureRows(v: Visit, visitId: string, label: LabelScrubber): ResearchProcedure[] {
  const t = v.record.treatment;
  const row = (
    kind: string,
    segment: string | null,
    side: string | null,
    detail: ResearchProcedure['detail'],
  ) => ({
    visitId,
    kind,
    segment,
    side,
    detail,
  });
  return [
    ...t.blocks.map((b) => row('block', null, b.side, { landmark: b.landmark, minutes: b.minutes })),
    ...t.adjustments.map((a) =>
      row('adjustment', a.segment, null, { technique: label(a.technique), listing: label(a.listing) }),
    ),
    ...t.cmrt.map((c) => row('cmrt', c.level, null, {})),
    ...t.cranial.map((c) =>
      row('cranial', null, null, {
        structure: label(c.structure),
        direction: label(c.direction),
        breathPhase: c.breathPhase ?? null,
      }),
    ),
    ...t.extremity.map((e) =>
      row('extremity', null, e.side, { joint: label(e.joint), direction: label(e.direction) }),
    ),
    ...t.instrument.map((d) =>
      row('instrument', d.segment ?? null, null, {
        device: label(d.device),
        force: d.force,
        thrust: d.thrust,
        lineOfDrive: label(d.lineOfDrive),
      }),
    ),
    ...t.sittingDisc.map((s) =>
      row('sitting_disc', s.level, null, { slrPre: s.slrPre ?? null, slrPost: s.slrPost ?? null }),
    ),
    ...t.muscleTests.map((m) =>
      row('muscle_test', null, m.side, {
        muscle: label(m.muscle),
        result: m.result,
        phase: m.phase,
        method: label(m.method),
      }),
    ),
  ];
}
