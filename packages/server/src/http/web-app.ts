import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Where `npm run build` puts the web app. */
export const webDistDir = fileURLToPath(new URL('../../../web/dist', import.meta.url));

/**
 * Serves the built single-page app at `/`; any other GET that is not under /api and asks for HTML
 * gets index.html, so the app's own routes survive a reload.
 */
export async function serveWebApp(app: FastifyInstance, dir: string = webDistDir): Promise<boolean> {
  if (!existsSync(`${dir}/index.html`)) return false;
  await app.register(fastifyStatic, { root: dir, wildcard: false, index: 'index.html' });
  return true;
}

/** True when a not-found GET should fall back to the app's index.html. */
export function wantsSpaFallback(method: string, url: string, accept: string | undefined): boolean {
  return method === 'GET' && !url.startsWith('/api') && (accept ?? '').includes('text/html');
}
