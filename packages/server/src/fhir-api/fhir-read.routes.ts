import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { contextOf } from '../auth/request-context';
import { notFound } from '../errors';
import { defineRoute } from '../http/route';
import type { ServiceDeps } from '../services/service-deps';
import { capabilityStatement } from './capability-statement';
import { mayAccess, requireScope } from './fhir-access';
import { fhirApiService } from './fhir-api.service';
import { fhirBaseOf, type PublicUrlOf } from './fhir-base';
import { fhirJson } from './fhir-reply';
import { isSearchableType, parseSearch, type SearchableType } from './fhir-search';
import { searchset } from './searchset';

/** A FHIR logical id (R4 §2.24.0.1 `id`). */
export const FhirIdSchema = z.string().regex(/^[A-Za-z0-9\-.]{1,64}$/, 'must be a FHIR id');
const TypeParams = z.object({ type: z.string().max(64) });
const ReadParams = z.object({ type: z.string().max(64), id: FhirIdSchema });
const IdParams = z.object({ id: FhirIdSchema });
const SearchQuery = z.record(z.string(), z.union([z.string(), z.array(z.string())]));

/** A type the API serves, else NOT_FOUND (an OperationOutcome, like any unknown address). */
function servedType(type: string): SearchableType {
  if (!isSearchableType(type)) throw notFound();
  return type;
}

/**
 * The FHIR R4 read API: `metadata`, read and search of the six clinical types and of Appointment,
 * Schedule and Slot, `$everything` and the clinic's Group. Sessions need `clinicalRead`; a backend client's scopes are checked per type.
 */
export function fhirReadRoutes(fhir: FastifyInstance, deps: ServiceDeps, urlOf: PublicUrlOf): void {
  defineRoute(fhir, {
    method: 'GET',
    url: '/metadata',
    permission: 'public',
    handler: async (request, reply) => fhirJson(reply, 200, capabilityStatement(urlOf(request))),
  });

  defineRoute(fhir, {
    method: 'GET',
    url: '/Group/:id',
    permission: 'clinicalRead',
    schema: { summary: "The clinic's Group of all its patients", params: IdParams },
    handler: async (request, reply, { params }) => {
      requireScope(request, 'Group', 'read');
      return fhirJson(reply, 200, await fhirApiService.group(deps, contextOf(request), params.id));
    },
  });
  defineRoute(fhir, {
    method: 'GET',
    url: '/Patient/:id/$everything',
    permission: 'clinicalRead',
    schema: {
      summary: "A patient's whole record as a searchset Bundle",
      params: IdParams,
      query: SearchQuery,
    },
    handler: async (request, reply, { params }) => {
      requireScope(request, 'Patient', 'read');
      const found = await fhirApiService.everything(deps, contextOf(request), params.id, (type) =>
        mayAccess(request, type, 'read'),
      );
      const page = {
        base: fhirBaseOf(urlOf, request),
        requestUrl: request.url,
        count: found.length,
        offset: 0,
      };
      return fhirJson(reply, 200, searchset(found, page));
    },
  });
  defineRoute(fhir, {
    method: 'GET',
    url: '/:type',
    permission: 'clinicalRead',
    schema: { summary: 'Search one resource type', params: TypeParams, query: SearchQuery },
    handler: async (request, reply, { params, query }) => {
      const type = servedType(params.type);
      requireScope(request, type, 'search');
      const search = parseSearch(type, query);
      const found = await fhirApiService.search(deps, contextOf(request), type, search);
      const page = {
        base: fhirBaseOf(urlOf, request),
        requestUrl: request.url,
        count: search.count,
        offset: search.offset,
      };
      return fhirJson(reply, 200, searchset(found, page));
    },
  });
  defineRoute(fhir, {
    method: 'GET',
    url: '/:type/:id',
    permission: 'clinicalRead',
    schema: { summary: 'Read one resource', params: ReadParams },
    handler: async (request, reply, { params }) => {
      const type = servedType(params.type);
      requireScope(request, type, 'read');
      return fhirJson(reply, 200, await fhirApiService.read(deps, contextOf(request), type, params.id));
    },
  });
}
