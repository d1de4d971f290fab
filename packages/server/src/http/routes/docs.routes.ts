import type { FastifyInstance } from 'fastify';
import { openApiDocument } from '../openapi';
import { routeTable } from '../route';

const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** `/api/openapi.json` and a plain, script-free docs page listing every route. */
export function docsRoutes(app: FastifyInstance): void {
  let document: Record<string, unknown> | undefined;
  // Built on first request, once every route has been registered.
  const doc = () => (document ??= openApiDocument(routeTable(app)));
  app.get('/api/openapi.json', async () => doc());
  app.get('/api/docs', async (_request, reply) => {
    const rows = routeTable(app)
      .map(
        (r) =>
          `<tr><td><code>${escapeHtml(String(r.method))}</code></td><td><code>${escapeHtml(r.url)}</code></td>` +
          `<td>${escapeHtml(r.schema?.summary ?? '')}</td><td>${escapeHtml(r.permission)}</td></tr>`,
      )
      .join('\n');
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SOT Chart API</title></head>
<body><h1>SOT Chart API</h1><p>The machine-readable document is <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3).
Every error answers <code>{ "error": { "code", "message", "details"?, "requestId" } }</code>.</p>
<table><thead><tr><th>method</th><th>path</th><th>what it does</th><th>permission</th></tr></thead><tbody>
${rows}
</tbody></table></body></html>`;
    return reply.type('text/html').send(html);
  });
}
