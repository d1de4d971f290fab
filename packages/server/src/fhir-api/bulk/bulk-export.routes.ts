import { createReadStream } from 'node:fs';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { contextOf } from '../../auth/request-context';
import { notFound } from '../../errors';
import { defineRoute } from '../../http/route';
import { groupIdOf } from '../clinic-resources';
import { fhirBaseOf, type PublicUrlOf } from '../fhir-base';
import { operationOutcome } from '../operation-outcome';
import { fhirJson } from '../fhir-reply';
import { FhirIdSchema } from '../fhir-read.routes';
import type { BulkExportRunner, BulkLevel } from './bulk-export-runner';
import { bulkExportService } from './bulk-export.service';
import { parseBulkRequest } from './bulk-request';

const IdParams = z.object({ id: FhirIdSchema });
const FileParams = z.object({
  id: FhirIdSchema,
  file: z.string().regex(/^[A-Z][A-Za-z]{1,63}\.ndjson$/, 'must be a Type.ndjson file name'),
});

/** How long a client should wait between status requests, in seconds. */
const retryAfterSeconds = 2;

/**
 * FHIR Bulk Data Access (IG v2): `$export` kick-off at system, Group and Patient level, the status URL
 * (poll, or DELETE to cancel) and the NDJSON files. A whole clinic's data leaves only with its owner
 * (`clinicAdmin`), or a backend client within its scopes; only the requester may poll and download.
 */
export function bulkExportRoutes(fhir: FastifyInstance, runner: BulkExportRunner, urlOf: PublicUrlOf): void {
  const kickOff = async (request: FastifyRequest, reply: FastifyReply, level: BulkLevel) => {
    const asked = parseBulkRequest(request.headers, request.query as Record<string, unknown>);
    const ctx = contextOf(request);
    const jobId = await bulkExportService.kickOff(
      runner,
      request,
      ctx,
      level,
      asked,
      `${urlOf(request)}${request.url}`,
    );
    return reply
      .status(202)
      .header('content-location', `${fhirBaseOf(urlOf, request)}/bulk-status/${jobId}`)
      .send();
  };
  defineRoute(fhir, {
    method: 'GET',
    url: '/$export',
    permission: 'clinicAdmin',
    handler: (request, reply) => kickOff(request, reply, 'system'),
  });
  defineRoute(fhir, {
    method: 'GET',
    url: '/Patient/$export',
    permission: 'clinicAdmin',
    handler: (request, reply) => kickOff(request, reply, 'patient'),
  });
  defineRoute(fhir, {
    method: 'GET',
    url: '/Group/:id/$export',
    permission: 'clinicAdmin',
    schema: { summary: "Bulk export of the clinic's Group", params: IdParams },
    handler: async (request, reply, { params }) => {
      if (params.id !== groupIdOf(contextOf(request).clinicId)) throw notFound();
      return kickOff(request, reply, 'group');
    },
  });

  defineRoute(fhir, {
    method: 'GET',
    url: '/bulk-status/:id',
    permission: 'clinicAdmin',
    schema: { summary: 'The status of a bulk export', params: IdParams },
    handler: async (request, reply, { params }) => {
      const status = await bulkExportService.status(
        runner,
        contextOf(request),
        params.id,
        fhirBaseOf(urlOf, request),
      );
      switch (status.kind) {
        case 'running':
          return reply
            .status(202)
            .header('x-progress', `${status.done} of ${status.total} patients`)
            .header('retry-after', String(retryAfterSeconds))
            .send();
        case 'completed':
          return reply
            .status(200)
            .header('expires', new Date(status.expiresAt).toUTCString())
            .type('application/json; charset=utf-8')
            .send(JSON.stringify(status.manifest));
        case 'failed':
          return fhirJson(reply, 500, operationOutcome('exception', 'The export failed; start a new one.'));
        default: {
          const never: never = status;
          return never;
        }
      }
    },
  });
  defineRoute(fhir, {
    method: 'DELETE',
    url: '/bulk-status/:id',
    permission: 'clinicAdmin',
    schema: { summary: 'Cancel a bulk export, or delete its files', params: IdParams },
    handler: async (request, reply, { params }) => {
      await bulkExportService.cancel(runner, contextOf(request), params.id);
      return reply.status(202).send();
    },
  });
  defineRoute(fhir, {
    method: 'GET',
    url: '/bulk-files/:id/:file',
    permission: 'clinicAdmin',
    schema: { summary: 'One NDJSON file of a finished bulk export', params: FileParams },
    handler: async (request, reply, { params }) => {
      const type = params.file.slice(0, -'.ndjson'.length);
      const path = await bulkExportService.file(runner, contextOf(request), params.id, type);
      return reply.status(200).type('application/fhir+ndjson').send(createReadStream(path));
    },
  });
}
