import { DocumentQuerySchema, IdParamsSchema, ProgressReportQuerySchema } from '@sotchart/contract';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { contextOf } from '../../auth/request-context';
import { documentService, type RenderedDocument } from '../../services/document.service';
import type { ServiceDeps } from '../../services/service-deps';
import { ownedBy } from '../owned-by';
import { defineRoute } from '../route';

/** Sends a PDF for download; it is patient data, so no cache may keep it. */
function sendPdf(reply: FastifyReply, doc: RenderedDocument): FastifyReply {
  return reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', `attachment; filename="${doc.filename}"`)
    .header('cache-control', 'no-store')
    .send(doc.pdf);
}

/** PDF documents: the visit note, the patient handout and the progress report. */
export function documentRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  const visitOwned = ownedBy(deps.db, 'visit');

  defineRoute(app, {
    method: 'GET',
    url: '/api/visits/:id/note.pdf',
    permission: 'clinicalRead',
    ownedBy: visitOwned,
    schema: {
      summary:
        'The visit note as a PDF (A4 or US Letter); a signed note renders to the same bytes every time',
      params: IdParamsSchema,
      query: DocumentQuerySchema,
    },
    handler: async (request, reply, { params, query }) =>
      sendPdf(reply, await documentService.visitNote(deps, contextOf(request), params.id, query.pageSize)),
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/visits/:id/handout.pdf',
    permission: 'clinicalRead',
    ownedBy: visitOwned,
    schema: {
      summary: "A plain-language handout for the patient: SOT, today's category, home care, the evidence",
      params: IdParamsSchema,
      query: DocumentQuerySchema,
    },
    handler: async (request, reply, { params, query }) =>
      sendPdf(reply, await documentService.handout(deps, contextOf(request), params.id, query.pageSize)),
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/patients/:id/progress-report.pdf',
    permission: 'clinicalRead',
    ownedBy: ownedBy(deps.db, 'patient'),
    schema: {
      summary:
        'A progress report for a period: scores with trend charts, categories, indicator clearing, goals',
      params: IdParamsSchema,
      query: ProgressReportQuerySchema,
    },
    handler: async (request, reply, { params, query }) =>
      sendPdf(reply, await documentService.progressReport(deps, contextOf(request), params.id, query)),
  });
}
