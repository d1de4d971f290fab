import { useTranslation } from '../../i18n/translation';
import { Badge } from '../../ui/badge';

/**
 * Marks a score from a questionnaire answered in an unvalidated translation: published change thresholds
 * may not carry over to it. `compact` shows the badge alone, with the explanation as its tooltip.
 */
export function UnvalidatedMark({ compact = false }: { readonly compact?: boolean }) {
  const { t } = useTranslation('outcomes');
  if (compact)
    return (
      <span className="unvalidated-mark" title={t('unvalidated.explanation')}>
        <Badge tone="warning">{t('unvalidated.label')}</Badge>
      </span>
    );
  return (
    <span className="unvalidated-mark">
      <Badge tone="warning">{t('unvalidated.label')}</Badge>{' '}
      <span className="muted small">{t('unvalidated.explanation')}</span>
    </span>
  );
}
