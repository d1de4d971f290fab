import { isGranted } from '@sotchart/contract';
import type { ReactNode } from 'react';
import { useTranslation } from '../../i18n/translation';
import { NavLink } from 'react-router';
import { AppShell } from '../../ui/app-shell';
import { DemoBanner } from '../clinic/demo-banner';
import { DraftsNavLabel } from '../drafts/drafts-nav-label';
import { roleLabel } from './role-labels';
import { useSession } from './session-context';
import { SignOutButton } from './sign-out-button';

/** The signed-in frame: demo banner, header with the clinic, navigation for the role, and sign-out. */
export function MainLayout({
  children,
  navigation = true,
}: {
  readonly children: ReactNode;
  readonly navigation?: boolean;
}) {
  const { t } = useTranslation('common');
  const session = useSession();
  const role = session.user.role;
  const links = navigation
    ? [
        { to: '/today', label: t('nav.today') },
        { to: '/patients', label: t('nav.patients') },
        { to: '/schedule', label: t('nav.schedule') },
        ...(isGranted(role, 'clinicalWrite') ? [{ to: '/drafts', label: <DraftsNavLabel /> }] : []),
        ...(isGranted(role, 'clinicAdmin') ? [{ to: '/admin', label: t('nav.admin') }] : []),
        ...(isGranted(role, 'auditRead') ? [{ to: '/audit', label: t('nav.audit') }] : []),
      ]
    : [];
  return (
    <AppShell
      banner={session.clinic.isDemo ? <DemoBanner /> : null}
      nav={
        navigation
          ? links.map((link) => (
              <NavLink key={link.to} to={link.to}>
                {link.label}
              </NavLink>
            ))
          : undefined
      }
      account={
        <>
          <span className="account-name">
            <span translate="no">{session.user.displayName}</span>{' '}
            <span className="muted">· {roleLabel(role)}</span>
            <span className="muted account-clinic">
              {' '}
              · <span translate="no">{session.clinic.name}</span>
            </span>
          </span>
          {navigation ? <NavLink to="/account/password">{t('nav.password')}</NavLink> : null}
          <SignOutButton />
        </>
      }
    >
      {children}
    </AppShell>
  );
}
