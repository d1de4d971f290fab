import { AppShell } from './ui/app-shell';

export function App() {
  return (
    <AppShell>
      <h1>Patients</h1>
      <p>Search for a patient to begin charting.</p>
    </AppShell>
  );
}
