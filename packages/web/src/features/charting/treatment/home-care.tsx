import type { HeelLiftSuggestion } from '@sotchart/engine';
import { useTranslation } from '../../../i18n/translation';
import { Alert } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { CertaintyBadge } from '../../protocol/certainty-badge';
import { TextAreaField } from '../../../ui/text-area-field';
import { withRecord, type VisitDraft } from '../draft/visit-draft';

/** Home care advice, with the engine's heel-lift suggestion when a measured anatomical difference is recorded. */
export function HomeCare({
  homeCare,
  heelLift,
  update,
}: {
  readonly homeCare: string;
  readonly heelLift: HeelLiftSuggestion | null;
  readonly update: (change: (draft: VisitDraft) => VisitDraft) => void;
}) {
  const { t } = useTranslation('charting');
  const set = (text: string) => update((d) => withRecord(d, (r) => ({ ...r, homeCare: text })));
  // The engine's suggestion, worded in the app's language from its numbers.
  const advice =
    heelLift === null
      ? ''
      : t('homeCare.heelLift', { side: heelLift.side, mm: heelLift.differenceMm, start: heelLift.startMm });
  return (
    <div className="stack">
      {heelLift === null ? null : (
        <Alert tone="info">
          <p>
            {advice} <CertaintyBadge certainty={heelLift.certainty} />
          </p>
          {homeCare.includes(advice) ? null : (
            <Button onClick={() => set(homeCare.trim() === '' ? advice : `${homeCare}\n${advice}`)}>
              {t('homeCare.addHeelLift')}
            </Button>
          )}
        </Alert>
      )}
      <TextAreaField label={t('homeCare.label')} value={homeCare} rows={3} maxLength={5000} onChange={set} />
    </div>
  );
}
