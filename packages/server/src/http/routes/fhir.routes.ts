import { Readable } from 'node:stream';
import {
  FhirImportQuerySchema,
  FhirImportResultSchema,
  IdParamsSchema,
  ImportedRecordSchema,
  SotCodeSystemSchema,
} from '@sotchart/contract';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { contextOf } from '../../auth/request-context';
import { AppError } from '../../errors';
import { importMediaTypes, type FhirInputFormat } from '../../interop/fhir/import/fhir-input-kind';
import { sotCodeSystem } from '../../interop/fhir/sot-code-system';
import { fhirImportService } from '../../services/fhir-import.service';
import { importedRecordService } from '../../services/imported-record.service';
import type { ServiceDeps } from '../../services/service-deps';
import { strictJsonParser } from '../json-body-parser';
import { ownedBy } from '../owned-by';
import { defineRoute } from '../route';
import { withSpooledBody } from '../spooled-body';

/**
 * The import reads its body as a stream, with no size limit but the disk's: every other route's JSON
 * parser holds the body in memory under the app's limit. Content-type parsers are the app's, so the
 * import's requests are given a media type of their own (the one sent is kept) whose parser hands the
 * raw stream through.
 */
const streamedType = 'application/x-sotchart-import-stream';
const sentType = new WeakMap<FastifyRequest, string>();

function formatOf(request: FastifyRequest): FhirInputFormat {
  const sent = sentType.get(request) ?? '';
  const format = (importMediaTypes as Record<string, FhirInputFormat | undefined>)[sent];
  if (format === undefined)
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', {
      details: [
        {
          path: 'headers.content-type',
          message: `must be one of ${Object.keys(importMediaTypes).join(', ')}`,
        },
      ],
    });
  return format;
}

/** FHIR import (Bundles, one resource, NDJSON), what it kept per patient, and the SOT CodeSystem. */
export function fhirRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  // FHIR clients send application/fhir+json; it is JSON and parsed as such.
  if (!app.hasContentTypeParser('application/fhir+json'))
    app.addContentTypeParser('application/fhir+json', { parseAs: 'buffer' }, strictJsonParser(app));
  if (!app.hasContentTypeParser(streamedType))
    app.addContentTypeParser(streamedType, (_request, payload, done) => done(null, payload));
  defineRoute(app, {
    method: 'POST',
    url: '/api/fhir/import',
    permission: 'demographicsWrite',
    onRequest: (request) => {
      const header = request.headers['content-type'] ?? '';
      sentType.set(request, header.split(';')[0]?.trim().toLowerCase() ?? '');
      request.headers['content-type'] = streamedType;
      return Promise.resolve();
    },
    schema: {
      summary:
        'Import FHIR R4 data: a Bundle (collection, transaction, batch, searchset), one resource, or NDJSON; one result per entry',
      query: FhirImportQuerySchema,
      response: FhirImportResultSchema,
    },
    handler: async (request, _reply, { query }) => {
      const format = formatOf(request);
      const body = request.body instanceof Readable ? request.body : Readable.from([]);
      return withSpooledBody(body, (file) =>
        fhirImportService.importFile(deps, contextOf(request), file, format, { dryRun: query.dryRun }),
      );
    },
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/patients/:id/imported-record',
    permission: 'clinicalRead',
    ownedBy: ownedBy(deps.db, 'patient'),
    schema: {
      summary:
        'What a FHIR import kept about a patient: coded history, identifiers (national ones masked), facts',
      params: IdParamsSchema,
      response: ImportedRecordSchema,
    },
    handler: (request, _reply, { params }) => importedRecordService.get(deps, contextOf(request), params.id),
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/fhir/CodeSystem/sot',
    permission: 'public',
    schema: {
      summary: 'The SOT CodeSystem the FHIR export uses (docs/interop.md)',
      response: SotCodeSystemSchema,
    },
    handler: (_request, reply) => {
      reply.header('content-type', 'application/fhir+json; charset=utf-8');
      return Promise.resolve(sotCodeSystem());
    },
  });
}
