import {
  AddendumPdfParamsSchema,
  DocumentQuerySchema,
  IdParamsSchema,
  LanguageSchema,
  ProgressReportQuerySchema,
} from '@sotchart/contract';
import type { FastifyInstance } from 'fastify';
import { contextOf } from '../../auth/request-context';
import { documentService } from '../../services/document.service';
import type { ServiceDeps } from '../../services/service-deps';
import { ownedBy } from '../owned-by';
import { sendPdf } from '../send-file';
import { defineRoute } from '../route';

/** The referral letter's query: the paper, and the letter's language when the recipient needs another than the clinic's. */
const ReferralLetterQuerySchema = DocumentQuerySchema.extend({ language: LanguageSchema.optional() });

/** PDF documents: the visit note and its addenda, the referral letter, the patient handout and the progress report. */
export function documentRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  const visitOwned = ownedBy(deps.db, 'visit');

  defineRoute(app, {
    method: 'GET',
    url: '/api/visits/:id/note.pdf',
    permission: 'clinicalRead',
    ownedBy: visitOwned,
    schema: {
      summary:
        'The visit note as a PDF. A signed note is the PDF stored at signing, byte for byte (ETag and X-Content-SHA256 carry its SHA-256; pageSize does not apply); a draft renders live, marked DRAFT, on pageSize',
      params: IdParamsSchema,
      query: DocumentQuerySchema,
      file: 'application/pdf',
    },
    handler: async (request, reply, { params, query }) =>
      sendPdf(reply, await documentService.visitNote(deps, contextOf(request), params.id, query.pageSize)),
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/visits/:id/addenda/:seq.pdf',
    permission: 'clinicalRead',
    ownedBy: visitOwned,
    schema: {
      summary:
        "An addendum's own signed PDF, stored when it was added (ETag and X-Content-SHA256 carry its SHA-256); 404 when the visit has no such addendum",
      params: AddendumPdfParamsSchema,
      file: 'application/pdf',
    },
    handler: async (request, reply, { params }) =>
      sendPdf(reply, await documentService.addendum(deps, contextOf(request), params.id, params.seq)),
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/visits/:id/referral-letter.pdf',
    permission: 'clinicalRead',
    ownedBy: visitOwned,
    schema: {
      summary:
        "The referral letter of a visit under a red flag (patient, the flags that raised it, urgency, clinic and practitioner), in the clinic's language or the one `language` names; 404 when the visit has no referral",
      params: IdParamsSchema,
      query: ReferralLetterQuerySchema,
      file: 'application/pdf',
    },
    handler: async (request, reply, { params, query }) =>
      sendPdf(
        reply,
        await documentService.referralLetter(
          deps,
          contextOf(request),
          params.id,
          query.pageSize,
          query.language,
        ),
      ),
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/visits/:id/handout.pdf',
    permission: 'clinicalRead',
    ownedBy: visitOwned,
    schema: {
      summary:
        "A plain-language handout for the patient in the patient's language (else the clinic's): SOT, today's category, home care, the evidence",
      params: IdParamsSchema,
      query: DocumentQuerySchema,
      file: 'application/pdf',
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
      file: 'application/pdf',
    },
    handler: async (request, reply, { params, query }) =>
      sendPdf(reply, await documentService.progressReport(deps, contextOf(request), params.id, query)),
  });
}
