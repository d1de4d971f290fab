import type { Permission } from '@sotchart/contract';
import { useTranslation } from '../../i18n/translation';
import { Outlet } from 'react-router';
import { PageTitle } from '../../ui/page-title';
import { useCan } from './use-can';

/** Shows the nested screens only to roles with the permission; others get a plain explanation. */
export function RequireCapability({ capability }: { readonly capability: Permission }) {
  const { t } = useTranslation('auth');
  if (!useCan(capability)) {
    return (
      <>
        <PageTitle title={t('notAvailable.title')} />
        <p>{t('notAvailable.body')}</p>
      </>
    );
  }
  return <Outlet />;
}
