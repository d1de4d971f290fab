import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/translation';

export interface AppShellProps {
  /** A notice above the header, e.g. the demo-clinic banner. */
  readonly banner?: ReactNode;
  /** The main navigation's links. */
  readonly nav?: ReactNode;
  /** Who is signed in, and the sign-out control. */
  readonly account?: ReactNode;
  readonly children: ReactNode;
}

/** The page frame: skip link, optional banner, header with product name, navigation and account. */
export function AppShell({ banner, nav, account, children }: AppShellProps) {
  const { t } = useTranslation('common');
  return (
    <div className="app-shell">
      <a className="skip-link" href="#main">
        {t('appShell.skipLink')}
      </a>
      {banner}
      <header className="app-header">
        <span className="brand" translate="no">
          SOT Chart
        </span>
        {nav === undefined ? null : (
          <nav aria-label={t('appShell.mainNav')} className="main-nav">
            {nav}
          </nav>
        )}
        {account === undefined ? null : <div className="account">{account}</div>}
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
