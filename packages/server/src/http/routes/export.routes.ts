import {
  CsvTableSchema,
  DocumentQuerySchema,
  ExportScopeSchema,
  FeeScheduleSchema,
  IdParamsSchema,
  ProgressReportQuerySchema,
  ResearchExportQuerySchema,
  UpdateFeeScheduleSchema,
  csvTables,
} from '@sotchart/contract';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { contextOf } from '../../auth/request-context';
import { actorOf, exportService } from '../../services/export.service';
import { feeScheduleService } from '../../services/fee-schedule.service';
import { researchExportService } from '../../services/research-export.service';
import type { ServiceDeps } from '../../services/service-deps';
import { superbillService, type RenderedSuperbill } from '../../services/superbill.service';
import { ownedBy } from '../owned-by';
import { defineRoute } from '../route';

/** Marks a reply as a file download of `type`; the handler then returns the stream itself. */
function download(reply: FastifyReply, type: string, filename: string): void {
  reply.header('content-type', type);
  reply.header('content-disposition', `attachment; filename="${filename}"`);
  reply.header('cache-control', 'no-store');
}

function sendPdf(reply: FastifyReply, doc: RenderedSuperbill): FastifyReply {
  download(reply, 'application/pdf', doc.filename);
  return reply.send(doc.pdf);
}

const stamp = (deps: ServiceDeps) => deps.clock().toISOString().slice(0, 10);

const CsvQuerySchema = ExportScopeSchema.extend({ table: CsvTableSchema.optional() });
const CsvIndexSchema = z.object({
  tables: z.array(z.object({ table: CsvTableSchema, url: z.string() })),
});

/** FHIR R4, CSV and de-identified research exports: the same services the CLI runs. */
export function exportRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/exports/fhir',
    permission: 'clinicalRead',
    schema: {
      summary: 'FHIR R4 Bundle (collection) of one patient (patientId) or every patient of the clinic',
      query: ExportScopeSchema,
    },
    handler: async (request, reply, { query }) => {
      const stream = await exportService.fhirBundle(deps, actorOf(contextOf(request)), query);
      download(reply, 'application/fhir+json; charset=utf-8', `sotchart-fhir-${stamp(deps)}.json`);
      return stream;
    },
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/exports/csv',
    permission: 'clinicalRead',
    schema: {
      summary:
        'CSV (RFC 4180, UTF-8, header row) of patients, visits or findings (table), streamed; without table, the list of tables',
      query: CsvQuerySchema,
    },
    handler: async (request, reply, { query }) => {
      if (query.table === undefined) {
        const scope = query.patientId === undefined ? '' : `&patientId=${query.patientId}`;
        return CsvIndexSchema.parse({
          tables: csvTables.map((table) => ({ table, url: `/api/exports/csv?table=${table}${scope}` })),
        });
      }
      const stream = await exportService.csv(deps, actorOf(contextOf(request)), query.table, query);
      download(
        reply,
        'text/csv; charset=utf-8; header=present',
        `sotchart-${query.table}-${stamp(deps)}.csv`,
      );
      return stream;
    },
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/exports/research',
    permission: 'clinicAdmin',
    schema: {
      summary:
        'De-identified research export (HIPAA Safe Harbor by default; dates=shifted needs an expert determination), owners only',
      query: ResearchExportQuerySchema,
    },
    handler: async (request, reply, { query }) => {
      const body = await researchExportService.export(deps, actorOf(contextOf(request)), query);
      download(reply, 'application/json; charset=utf-8', `sotchart-research-${query.dates}.json`);
      return body;
    },
  });

  // Billing: the superbill of a visit or a period, and the fee schedule it prices codes with.
  defineRoute(app, {
    method: 'GET',
    url: '/api/visits/:id/superbill.pdf',
    permission: 'clinicalRead',
    ownedBy: ownedBy(deps.db, 'visit'),
    schema: {
      summary: "A visit's superbill (PDF): confirmed ICD-10-CM and CPT codes, modifiers and fees",
      params: IdParamsSchema,
      query: DocumentQuerySchema,
    },
    handler: async (request, reply, { params, query }) =>
      sendPdf(reply, await superbillService.visit(deps, contextOf(request), params.id, query.pageSize)),
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/patients/:id/superbill.pdf',
    permission: 'clinicalRead',
    ownedBy: ownedBy(deps.db, 'patient'),
    schema: {
      summary: "A superbill of the patient's signed visits in a period (from, to; default all)",
      params: IdParamsSchema,
      query: ProgressReportQuerySchema,
    },
    handler: async (request, reply, { params, query }) =>
      sendPdf(
        reply,
        await superbillService.period(deps, contextOf(request), params.id, query, query.pageSize),
      ),
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/fee-schedule',
    permission: 'clinicalRead',
    schema: { summary: "The clinic's fee schedule (version 0: none saved)", response: FeeScheduleSchema },
    handler: (request) => feeScheduleService.get(deps, contextOf(request)),
  });
  defineRoute(app, {
    method: 'PUT',
    url: '/api/fee-schedule',
    permission: 'clinicAdmin',
    schema: {
      summary: "Replace the clinic's fee schedule (send the version you read)",
      body: UpdateFeeScheduleSchema,
      response: FeeScheduleSchema,
    },
    handler: (request, _reply, { body }) => feeScheduleService.put(deps, contextOf(request), body),
  });
}
