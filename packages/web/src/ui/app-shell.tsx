import type { ReactNode } from 'react';

/** The page frame: header with the product name and main navigation, then the screen's content. */
export function AppShell({ children }: { children: ReactNode }) {
  return (
    <div className="app-shell">
      <header className="app-header">
        <a className="brand" href="/">
          SOT Chart
        </a>
        <nav aria-label="Main">
          <a href="/patients">Patients</a>
        </nav>
      </header>
      <main id="main">{children}</main>
    </div>
  );
}
