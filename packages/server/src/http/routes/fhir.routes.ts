import { FhirImportBodySchema, FhirImportResultSchema, SotCodeSystemSchema } from '@sotchart/contract';
import type { FastifyInstance } from 'fastify';
import { contextOf } from '../../auth/request-context';
import { sotCodeSystem } from '../../interop/fhir/sot-code-system';
import { fhirImportService } from '../../services/fhir-import.service';
import type { ServiceDeps } from '../../services/service-deps';
import { strictJsonParser } from '../json-body-parser';
import { defineRoute } from '../route';

/** FHIR Patient import and the SOT CodeSystem. */
export function fhirRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  // FHIR clients send application/fhir+json; it is JSON and parsed as such.
  if (!app.hasContentTypeParser('application/fhir+json'))
    app.addContentTypeParser('application/fhir+json', { parseAs: 'buffer' }, strictJsonParser(app));
  defineRoute(app, {
    method: 'POST',
    url: '/api/fhir/import',
    permission: 'demographicsWrite',
    schema: {
      summary: 'Import FHIR R4 Patient resources (one, or a Bundle); each rejected entry says why',
      body: FhirImportBodySchema,
      response: FhirImportResultSchema,
    },
    handler: (request, _reply, { body }) => fhirImportService.importPatients(deps, contextOf(request), body),
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
