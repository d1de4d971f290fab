import type { UpdateVisit, Visit, VisitRecord } from '@sotchart/contract';
import type { CategoryId, Finding } from '@sotchart/engine';

/** Everything the practitioner edits on a draft visit: what a save sends, with the version beside it. */
export interface VisitDraft {
  readonly chiefComplaint: string;
  readonly pain: number | null;
  readonly findings: readonly Finding[];
  readonly treatedCategory: { readonly category: CategoryId; readonly reason: string } | null;
  readonly overrides: readonly { readonly contraindication: string; readonly reason: string }[];
  readonly record: VisitRecord;
}

/** The editable part of a visit as the server holds it. */
export function draftOf(visit: Visit): VisitDraft {
  return {
    chiefComplaint: visit.chiefComplaint,
    pain: visit.pain,
    findings: visit.findings,
    treatedCategory: visit.treatedCategory,
    overrides: visit.overrides,
    record: visit.record,
  };
}

/** A draft save's body without its version. */
export type DraftPatch = Omit<UpdateVisit, 'version'>;

/** Updates the draft's record with `change`. */
export function withRecord(draft: VisitDraft, change: (record: VisitRecord) => VisitRecord): VisitDraft {
  return { ...draft, record: change(draft.record) };
}

/** Updates the draft's treatment with `change`. */
export function withTreatment(
  draft: VisitDraft,
  change: (treatment: VisitRecord['treatment']) => VisitRecord['treatment'],
): VisitDraft {
  return withRecord(draft, (record) => ({ ...record, treatment: change(record.treatment) }));
}

/**
 * Replaces the findings that `match` selects with `next` (none, one or several), keeping the place of
 * the first one so the record reads in the order it was charted.
 */
export function spliceFindings(
  findings: readonly Finding[],
  match: (finding: Finding) => boolean,
  next: readonly Finding[],
): Finding[] {
  const at = findings.findIndex(match);
  const kept = findings.filter((f) => !match(f));
  kept.splice(at === -1 ? kept.length : at, 0, ...next);
  return kept;
}

/** Replaces the findings that `match` selects with `next` (or removes them); see {@link spliceFindings}. */
export function replaceFindings(
  draft: VisitDraft,
  match: (finding: Finding) => boolean,
  next: Finding | null,
): VisitDraft {
  return { ...draft, findings: spliceFindings(draft.findings, match, next === null ? [] : [next]) };
}
