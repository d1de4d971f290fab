import type { VisitRecord } from '@sotchart/contract';
import { validateFindings, type Finding, type ProtocolPack } from '@sotchart/engine';
import type { DraftPatch, VisitDraft } from './visit-draft';

const filled = (text: string | undefined): boolean => text !== undefined && text.trim() !== '';

// Findings that fail the pack's check would make the server refuse the whole save, so they stay on
// this device until they are complete.
function validFindings(findings: readonly Finding[], pack: ProtocolPack): Finding[] {
  const result = validateFindings(findings, pack);
  if (result.ok) return result.value;
  const bad = new Set(result.error.details.map((d) => Number(d.path.split('.')[0])));
  return findings.filter((_, i) => !bad.has(i));
}

// Rows still being filled in (a technique or a name not typed yet) are kept locally and sent once
// their required text is there.
function completeRecord(record: VisitRecord): VisitRecord {
  const t = record.treatment;
  const e = record.exam;
  return {
    ...record,
    exam: {
      ...e,
      rangeOfMotion: e.rangeOfMotion.filter((r) => filled(r.motion)),
      orthopaedicTests: e.orthopaedicTests.filter((r) => filled(r.name)),
      neurologicalTests: e.neurologicalTests.filter((r) => filled(r.name)),
      reflexes: e.reflexes.filter((r) => filled(r.name)),
    },
    treatment: {
      ...t,
      adjustments: t.adjustments.filter((a) => filled(a.technique)),
      cranial: t.cranial.filter((c) => filled(c.structure)),
      extremity: t.extremity.filter((x) => filled(x.joint)),
      muscleTests: t.muscleTests.filter((m) => filled(m.muscle)),
      instrument: t.instrument.filter((i) => filled(i.device)),
    },
  };
}

/**
 * The save body for a draft: only complete findings and rows, a treated category or override only
 * once its reason is written. What is left out stays in the local draft.
 */
export function draftPatch(draft: VisitDraft, pack: ProtocolPack): DraftPatch {
  const treated = draft.treatedCategory;
  return {
    chiefComplaint: draft.chiefComplaint,
    pain: draft.pain,
    findings: validFindings(draft.findings, pack),
    treatedCategory: treated !== null && filled(treated.reason) ? treated : null,
    overrides: draft.overrides.filter((o) => filled(o.reason)),
    record: completeRecord(draft.record),
  };
}
