import { useTranslation } from '../../i18n/translation';
import { NavLink, Outlet } from 'react-router';
import './admin.css';

/** Clinic administration (owners): a second row of navigation over users, clinic, protocol and
 * the backend systems that read the FHIR API. */
export function AdminLayout() {
  const { t } = useTranslation(['admin', 'wording']);
  return (
    <div className="stack">
      <nav aria-label={t('nav.label')} className="sub-nav">
        <NavLink to="/admin/users">{t('nav.users')}</NavLink>
        <NavLink to="/admin/clinic">{t('nav.clinic')}</NavLink>
        <NavLink to="/admin/protocol">{t('nav.protocol')}</NavLink>
        <NavLink to="/admin/schedule">{t('nav.schedule')}</NavLink>
        <NavLink to="/admin/backend-systems">{t('nav.backendSystems')}</NavLink>
        <NavLink to="/admin/wording">{t('nav.label', { ns: 'wording' })}</NavLink>
      </nav>
      <Outlet />
    </div>
  );
}
