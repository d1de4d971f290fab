import {
  CsvTableSchema,
  ExportScopeSchema,
  ResearchExportQuerySchema,
  csvTables,
} from '@sotchart/contract';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { contextOf } from '../../auth/request-context';
import { actorOf, exportService } from '../../services/export.service';
import { researchExportService } from '../../services/research-export.service';
import type { ServiceDeps } from '../../services/service-deps';
import { defineRoute } from '../route';

/** Marks a reply as a file download of `type`; the handler then returns the stream itself. */
function download(reply: FastifyReply, type: string, filename: string): void {
  reply.header('content-type', type);
  reply.header('content-disposition', `attachment; filename="${filename}"`);
  reply.header('cache-control', 'no-store');
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
      download(reply, 'text/csv; charset=utf-8; header=present', `sotchart-${query.table}-${stamp(deps)}.csv`);
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
}
