import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Where `npm run build` puts the web app; `SOTCHART_WEB_DIR` serves another build (a test's own). */
export const webDistDir =
  process.env.SOTCHART_WEB_DIR ?? fileURLToPath(new URL('../../../web/dist', import.meta.url));

/**
 * How long a browser may keep a file of the app: the build's `/assets/` files carry a hash of their
 * content in their name, so they never change and may be kept for good; everything else (index.html,
 * the service worker `sw.js`, the manifest, icons) is asked again each time, so a new version and its
 * service worker are found at once. API answers are `no-store` (security-headers.ts), never these.
 */
export function webCacheControl(pathInApp: string): string {
  return /^assets[\\/]/.test(pathInApp) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * Serves the built single-page app at `/`; any other GET that is not under /api and asks for HTML
 * gets index.html, so the app's own routes survive a reload.
 */
export async function serveWebApp(app: FastifyInstance, dir: string = webDistDir): Promise<boolean> {
  if (!existsSync(`${dir}/index.html`)) return false;
  await app.register(fastifyStatic, {
    root: dir,
    wildcard: false,
    index: 'index.html',
    cacheControl: false,
    setHeaders: (reply, filePath) =>
      void reply.header('cache-control', webCacheControl(relative(dir, filePath))),
  });
  return true;
}

/** True when a not-found GET should fall back to the app's index.html. */
export function wantsSpaFallback(method: string, url: string, accept: string | undefined): boolean {
  return method === 'GET' && !url.startsWith('/api') && (accept ?? '').includes('text/html');
}
