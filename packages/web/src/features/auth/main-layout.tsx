import { isGranted } from '@sotchart/contract';
import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { AppShell } from '../../ui/app-shell';
import { DemoBanner } from '../clinic/demo-banner';
import { DraftsNavLabel } from '../drafts/drafts-nav-label';
import { roleLabels } from './role-labels';
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
  const session = useSession();
  const role = session.user.role;
  const links = navigation
    ? [
        { to: '/today', label: 'Today' },
        { to: '/patients', label: 'Patients' },
        { to: '/schedule', label: 'Schedule' },
        ...(isGranted(role, 'clinicalWrite') ? [{ to: '/drafts', label: <DraftsNavLabel /> }] : []),
        ...(isGranted(role, 'clinicAdmin') ? [{ to: '/admin', label: 'Clinic admin' }] : []),
        ...(isGranted(role, 'auditRead') ? [{ to: '/audit', label: 'Audit' }] : []),
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
            {session.user.displayName} <span className="muted">· {roleLabels[role]}</span>
            <span className="muted account-clinic"> · {session.clinic.name}</span>
          </span>
          {navigation ? <NavLink to="/account/password">Password</NavLink> : null}
          <SignOutButton />
        </>
      }
    >
      {children}
    </AppShell>
  );
}
