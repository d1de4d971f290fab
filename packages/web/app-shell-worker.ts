import { VitePWA } from 'vite-plugin-pwa';

/** The server's paths that are not app screens: a navigation there must reach the server, never index.html. */
const serverPaths = [/^\/api\//, /^\/fhir\//, /^\/\.well-known\//];

/**
 * The service worker and web app manifest that make the app open offline and installable. The worker
 * precaches the app shell only (index.html, the JS and CSS chunks, icons, the message catalogues); it
 * has no runtime caching,
 * so API answers (patient data, `Cache-Control: no-store`) are never stored by it. The day's working
 * set lives in IndexedDB per user instead (features/offline). A new version waits (`prompt`) until the
 * app says no draft is unsent (features/offline/app-update.ts).
 */
export function appShellWorker() {
  return VitePWA({
    registerType: 'prompt',
    // The app registers the worker itself, from its entry chunk (no inline or extra script).
    injectRegister: false,
    manifest: {
      name: 'SOT Chart',
      short_name: 'SOT Chart',
      description: 'Clinical charting for Sacro-Occipital Technique',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      // ui/base.css: --accent and the page background.
      theme_color: '#0b5fa5',
      background_color: '#ffffff',
      icons: [
        { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{html,js,css,woff,woff2,png,svg,ico}', 'locales/**/*.json'],
      navigateFallback: '/index.html',
      navigateFallbackDenylist: serverPaths,
      cleanupOutdatedCaches: true,
      // No runtimeCaching: nothing fetched at run time (API answers above all) is ever cached.
      clientsClaim: false,
      skipWaiting: false,
    },
  });
}
