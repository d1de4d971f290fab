import type { KioskLink } from '@sotchart/contract';
import { useTranslation } from '../../i18n/translation';
import { formatDateTime } from '../../ui/date-format';
import { instrumentShortName } from './instrument-labels';

/**
 * The questionnaires a patient has answered on the tablet, by hand-over: which ones, and how far a
 * hand-over still open has got. Names and counts only; the scores are in Progress for clinical roles.
 */
export function TabletQuestionnaires({
  links,
  timeZone,
}: {
  readonly links: readonly KioskLink[];
  readonly timeZone: string;
}) {
  const { t } = useTranslation('outcomes');
  const answered = links.filter((l) => l.answered > 0);
  if (answered.length === 0) return null;
  const names = (l: KioskLink) =>
    l.instrumentIds
      .slice(0, l.answered)
      .map((id) => instrumentShortName(id))
      .join(t('list.separator'));
  return (
    <ul className="plain-list" aria-label={t('tablet.listLabel')}>
      {answered.map((l) => (
        <li key={l.id}>
          {l.answered < l.instrumentIds.length
            ? t('tablet.answeredPartly', {
                instruments: names(l),
                answered: l.answered,
                total: l.instrumentIds.length,
              })
            : t('tablet.answered', { instruments: names(l) })}{' '}
          <span className="muted">
            {t('tablet.handedOver', { date: formatDateTime(l.createdAt, timeZone) })}
          </span>
        </li>
      ))}
    </ul>
  );
}
