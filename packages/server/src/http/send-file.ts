import type { FastifyReply } from 'fastify';
import type { RenderedDocument } from '../reports/rendered-document';

/** Marks a reply as a file download of `type`; it is patient data, so no cache may keep it. */
export function download(reply: FastifyReply, type: string, filename: string): FastifyReply {
  return reply
    .header('content-type', type)
    .header('content-disposition', `attachment; filename="${filename}"`)
    .header('cache-control', 'no-store');
}

/**
 * Sends a PDF for download. A signed document carries the SHA-256 it was stored with, as
 * `X-Content-SHA256` and as a strong `ETag`.
 */
export function sendPdf(reply: FastifyReply, doc: RenderedDocument): FastifyReply {
  if (doc.sha256 !== undefined)
    reply.header('etag', `"${doc.sha256}"`).header('x-content-sha256', doc.sha256);
  return download(reply, 'application/pdf', doc.filename).send(doc.pdf);
}
