import { useTranslation } from '../../i18n/translation';
import { Banner } from '../../ui/banner';

/** Shown on every screen of a demo clinic, so nobody mistakes its patients for real ones. */
export function DemoBanner() {
  const { t } = useTranslation('common');
  return (
    <Banner label={t('demoBanner.label')}>
      <strong>{t('demoBanner.title')}</strong> {t('demoBanner.body')}
    </Banner>
  );
}
