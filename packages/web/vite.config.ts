import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { appShellWorker } from './app-shell-worker';
import { i18nCatalogs } from './i18n-catalogs';

// The engine and contract packages are source-only workspaces whose modules build zod schemas at the
// top level. Rollup cannot tell those calls are pure, so without this it would keep every module of
// both packages once any one export is imported; with it, only modules the app uses are bundled.
const sideEffectFree = /\/packages\/(engine|contract)\/src\//;

export default defineConfig({
  plugins: [i18nCatalogs(), react(), appShellWorker()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // Vite's module-preload polyfill is code in the entry chunk; every browser the app supports
    // already preloads modules, so it is left out.
    modulePreload: { polyfill: false },
    rollupOptions: {
      treeshake: { moduleSideEffects: (id) => !sideEffectFree.test(id) },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
