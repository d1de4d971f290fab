import { useTranslation } from '../i18n/translation';
import { Link } from 'react-router';
import { PageTitle } from '../ui/page-title';

/** Any address the app does not know. */
export function NotFoundPage() {
  const { t } = useTranslation('common');
  return (
    <>
      <PageTitle title={t('notFound.title')} />
      <p>{t('notFound.body')}</p>
      <Link to="/patients">{t('notFound.toPatients')}</Link>
    </>
  );
}
