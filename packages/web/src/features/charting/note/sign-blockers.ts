import type { EngineResult } from '@sotchart/engine';
import { lessUrgent } from '../screen/referral-text';
import type { SaveState } from '../draft/save-state';
import type { VisitDraft } from '../draft/visit-draft';

/** Why the visit cannot be signed yet, in plain words; empty when it can. */
export function signBlockers(
  draft: VisitDraft,
  engine: EngineResult,
  saveState: SaveState,
  name: (id: string) => string,
): string[] {
  const reasons: string[] = [];
  const plan = engine.plan;
  if (plan?.overrideRequired === true) {
    const given = new Set(
      draft.overrides.filter((o) => o.reason.trim() !== '').map((o) => o.contraindication),
    );
    const missing = plan.warnings
      .filter((w) => !given.has(w.contraindication))
      .map((w) => name(w.contraindication).toLowerCase());
    reasons.push(`Write your reason to proceed despite ${missing.join(' and ')} (Blocking).`);
  }
  const advised = engine.analysis.referral;
  const recorded = draft.record.referral;
  if (advised !== null && recorded !== null && lessUrgent(recorded.urgency, advised.urgency))
    reasons.push(`Record the referral as ${advised.urgency} or more urgent (Referral).`);
  if (draft.treatedCategory !== null && draft.treatedCategory.reason.trim() === '')
    reasons.push('Give the reason for treating a different category (Analysis).');
  if (saveState.kind === 'conflict') reasons.push('Choose what to keep in the conflict shown at the top.');
  if (saveState.kind === 'signed-elsewhere') reasons.push('This visit was signed elsewhere.');
  return reasons;
}
