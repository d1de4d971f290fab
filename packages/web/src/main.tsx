import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, queryClient } from './app';
import { registerAppShell } from './features/offline/app-update';
import { keepWorkingSet, restoreWorkingSet } from './features/offline/working-set-queries';
import { i18n, i18nReady } from './i18n/i18n';
import './ui/theme.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

registerAppShell();
// Today's working set goes into the cache before the first render, so a reload without a network
// opens the screen that was open; from then on, what the user opens is kept for the day.
// The common catalogue of the starting language is loaded first, so no screen renders a bare key, and
// with it those of the first screens (sign-in, the patient list), so they open without a wait.
const firstCatalogues = i18nReady.then(() => i18n.loadNamespaces(['auth', 'patients']));
void Promise.all([restoreWorkingSet(queryClient), firstCatalogues]).finally(() => {
  keepWorkingSet(queryClient);
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
