import type { EngineResult, Urgency } from '@sotchart/engine';
import type { TFunction } from '@sotchart/i18n';
import { formatLocale } from '../../../i18n/format-locale';
import { lessUrgent } from '../screen/referral-text';
import type { SaveState } from '../draft/save-state';
import type { VisitDraft } from '../draft/visit-draft';

const urgencyKey = {
  emergency: 'blockers.urgency.emergency',
  urgent: 'blockers.urgency.urgent',
  prompt: 'blockers.urgency.prompt',
} as const satisfies Record<Urgency, string>;

/** Why the visit cannot be signed yet, in plain words; empty when it can. */
export function signBlockers(
  draft: VisitDraft,
  engine: EngineResult,
  saveState: SaveState,
  name: (id: string) => string,
  t: TFunction<'chartingNote'>,
): string[] {
  const reasons: string[] = [];
  const plan = engine.plan;
  if (plan?.overrideRequired === true) {
    const given = new Set(
      draft.overrides.filter((o) => o.reason.trim() !== '').map((o) => o.contraindication),
    );
    const missing = plan.warnings
      .filter((w) => !given.has(w.contraindication))
      .map((w) => name(w.contraindication).toLocaleLowerCase(formatLocale()));
    const list = new Intl.ListFormat(formatLocale(), { type: 'conjunction' }).format(missing);
    reasons.push(t('blockers.override', { contraindications: list }));
  }
  const advised = engine.analysis.referral;
  const recorded = draft.record.referral;
  if (advised !== null && recorded !== null && lessUrgent(recorded.urgency, advised.urgency))
    reasons.push(t('blockers.referral', { urgency: t(urgencyKey[advised.urgency]) }));
  if (draft.treatedCategory !== null && draft.treatedCategory.reason.trim() === '')
    reasons.push(t('blockers.treatedCategory'));
  if (saveState.kind === 'conflict') reasons.push(t('blockers.conflict'));
  if (saveState.kind === 'signed-elsewhere') reasons.push(t('blockers.signedElsewhere'));
  return reasons;
}
