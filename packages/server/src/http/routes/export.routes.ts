import {
  ClinicCsvExportQuerySchema,
  ClinicFhirExportQuerySchema,
  ClaimFormQuerySchema,
  CsvIndexSchema,
  DocumentQuerySchema,
  FeeScheduleSchema,
  IdParamsSchema,
  PatientCsvExportQuerySchema,
  PatientFhirExportQuerySchema,
  PeriodClaimFormQuerySchema,
  ProgressReportQuerySchema,
  ResearchExportQuerySchema,
  ResearchExportSchema,
  UpdateFeeScheduleSchema,
  csvTables,
  type CsvTable,
  type ExportScope,
  type FhirBundleType,
} from '@sotchart/contract';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { contextOf } from '../../auth/request-context';
import { claimFormService } from '../../services/claim-form.service';
import { actorOf, exportService } from '../../services/export.service';
import { feeScheduleService } from '../../services/fee-schedule.service';
import { researchExportService } from '../../services/research-export.service';
import type { ServiceDeps } from '../../services/service-deps';
import { superbillService } from '../../services/superbill.service';
import { ownedBy } from '../owned-by';
import { download, sendPdf } from '../send-file';
import { defineRoute } from '../route';

const stamp = (deps: ServiceDeps) => deps.clock().toISOString().slice(0, 10);

/** The list of CSV tables, each with its address (`base` plus the table). */
const csvIndex = (base: string) =>
  CsvIndexSchema.parse({ tables: csvTables.map((table) => ({ table, url: `${base}?table=${table}` })) });

/**
 * FHIR R4, CSV and de-identified research exports: the same services the CLI runs. The whole clinic's
 * exports are the owner's; one patient's record is open to the clinical roles (two routes, two
 * permissions).
 */
export function exportRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  const patientOwned = ownedBy(deps.db, 'patient');
  const fhir = async (
    request: FastifyRequest,
    reply: FastifyReply,
    scope: ExportScope,
    type: FhirBundleType,
  ) => {
    const stream = await exportService.fhirBundle(deps, actorOf(contextOf(request)), scope, type);
    download(reply, 'application/fhir+json; charset=utf-8', `sotchart-fhir-${stamp(deps)}.json`);
    return stream;
  };
  const csv = async (request: FastifyRequest, reply: FastifyReply, table: CsvTable, scope: ExportScope) => {
    const stream = await exportService.csv(deps, actorOf(contextOf(request)), table, scope);
    download(reply, 'text/csv; charset=utf-8; header=present', `sotchart-${table}-${stamp(deps)}.csv`);
    return stream;
  };

  defineRoute(app, {
    method: 'GET',
    url: '/api/exports/fhir',
    permission: 'clinicAdmin',
    schema: {
      summary:
        'FHIR R4 Bundle of every patient of the clinic (type=collection, or transaction: each entry PUT Type/id), owners only',
      query: ClinicFhirExportQuerySchema,
      file: 'application/fhir+json',
    },
    handler: (request, reply, { query }) => fhir(request, reply, {}, query.type),
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/patients/:id/exports/fhir',
    permission: 'clinicalRead',
    ownedBy: patientOwned,
    schema: {
      summary:
        "FHIR R4 Bundle of one patient's record (type=collection, or transaction: each entry PUT Type/id)",
      params: IdParamsSchema,
      query: PatientFhirExportQuerySchema,
      file: 'application/fhir+json',
    },
    handler: (request, reply, { params, query }) =>
      fhir(request, reply, { patientId: params.id }, query.type),
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/exports/csv',
    permission: 'clinicAdmin',
    schema: {
      summary:
        "CSV (RFC 4180, UTF-8, header row) of the clinic's patients, visits or findings (table), streamed, owners only; without table, the list of tables",
      query: ClinicCsvExportQuerySchema,
      response: CsvIndexSchema,
      file: 'text/csv',
    },
    handler: async (request, reply, { query }) =>
      query.table === undefined ? csvIndex('/api/exports/csv') : csv(request, reply, query.table, {}),
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/patients/:id/exports/csv',
    permission: 'clinicalRead',
    ownedBy: patientOwned,
    schema: {
      summary:
        'CSV of one patient: the patient, their visits or their findings (table); without table, the list',
      params: IdParamsSchema,
      query: PatientCsvExportQuerySchema,
      response: CsvIndexSchema,
      file: 'text/csv',
    },
    handler: async (request, reply, { params, query }) => {
      if (query.table !== undefined) return csv(request, reply, query.table, { patientId: params.id });
      await patientOwned(request, contextOf(request).clinicId);
      return csvIndex(`/api/patients/${params.id}/exports/csv`);
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
      response: ResearchExportSchema,
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
      file: 'application/pdf',
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
      file: 'application/pdf',
    },
    handler: async (request, reply, { params, query }) =>
      sendPdf(
        reply,
        await superbillService.period(deps, contextOf(request), params.id, query, query.pageSize),
      ),
  });
  // The CMS-1500 of a visit or a period, with the superbill's permission (US clinics only).
  defineRoute(app, {
    method: 'GET',
    url: '/api/visits/:id/cms1500.pdf',
    permission: 'clinicalRead',
    ownedBy: ownedBy(deps.db, 'visit'),
    schema: {
      summary:
        "A signed visit's CMS-1500 claim form (PDF): print=form on plain paper, print=data for the red form",
      params: IdParamsSchema,
      query: ClaimFormQuerySchema,
      file: 'application/pdf',
    },
    handler: async (request, reply, { params, query }) =>
      sendPdf(reply, await claimFormService.visit(deps, contextOf(request), params.id, query.print)),
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/patients/:id/cms1500.pdf',
    permission: 'clinicalRead',
    ownedBy: ownedBy(deps.db, 'patient'),
    schema: {
      summary: "CMS-1500 claim forms of the patient's signed visits in a period (from, to; six lines a form)",
      params: IdParamsSchema,
      query: PeriodClaimFormQuerySchema,
      file: 'application/pdf',
    },
    handler: async (request, reply, { params, query }) =>
      sendPdf(reply, await claimFormService.period(deps, contextOf(request), params.id, query, query.print)),
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
