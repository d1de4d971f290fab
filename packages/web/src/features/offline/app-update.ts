import { unsentDraftCount } from '../charting/draft/unsent-draft-count';

/** How often a waiting new version checks again whether it may take over. */
const recheckMs = 60_000;

/**
 * Lets a waiting new version take over, and reloads into it, only when no draft on this device is
 * unsent: the new version's first load must not race an edit still on its way to IndexedDB or the
 * server. Until then the running version stays (the worker's `registerType: 'prompt'`).
 */
function activateWhenNothingUnsent(registration: ServiceWorkerRegistration): void {
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading) return;
    reloading = true;
    window.location.reload();
  });
  const tryNow = async (): Promise<void> => {
    const waiting = registration.waiting;
    if (waiting === null || navigator.serviceWorker.controller === null) return;
    if ((await unsentDraftCount().catch(() => 1)) > 0) return;
    waiting.postMessage({ type: 'SKIP_WAITING' });
  };
  const check = (): void => void tryNow();
  registration.addEventListener('updatefound', () => {
    registration.installing?.addEventListener('statechange', check);
  });
  window.addEventListener('online', check);
  window.setInterval(check, recheckMs);
  check();
}

/**
 * Registers the app-shell service worker (built by vite-plugin-pwa), which lets a reload or a cold
 * start without a network open the app. Not in development, where Vite serves the modules itself.
 */
export function registerAppShell(): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  void navigator.serviceWorker
    .register('/sw.js', { scope: '/' })
    .then(activateWhenNothingUnsent)
    .catch(() => undefined);
}
