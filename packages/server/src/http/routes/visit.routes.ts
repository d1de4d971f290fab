import {
  AddendumSchema,
  CreateAddendumSchema,
  CreateEpisodeSchema,
  CreateVisitSchema,
  EpisodeSchema,
  IdParamsSchema,
  SignVisitSchema,
  UpdateEpisodeSchema,
  UpdateVisitSchema,
  VisitSchema,
} from '@sotchart/contract';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { contextOf } from '../../auth/request-context';
import { episodeService } from '../../services/episode.service';
import type { ServiceDeps } from '../../services/service-deps';
import { visitService } from '../../services/visit.service';
import { ownedBy } from '../owned-by';
import { defineRoute } from '../route';

/** Episodes of care, visits, signing and addenda. */
export function visitRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  const patientOwned = ownedBy(deps.db, 'patient');
  const visitOwned = ownedBy(deps.db, 'visit');

  defineRoute(app, {
    method: 'GET',
    url: '/api/patients/:id/episodes',
    permission: 'clinicalRead',
    ownedBy: patientOwned,
    schema: {
      summary: "A patient's episodes of care",
      params: IdParamsSchema,
      response: z.array(EpisodeSchema),
    },
    handler: (request, _reply, { params }) => episodeService.list(deps, contextOf(request), params.id),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/patients/:id/episodes',
    permission: 'clinicalWrite',
    ownedBy: patientOwned,
    schema: {
      summary: 'Start an episode of care',
      params: IdParamsSchema,
      body: CreateEpisodeSchema,
      response: EpisodeSchema,
      status: 201,
    },
    handler: (request, _reply, { params, body }) =>
      episodeService.create(deps, contextOf(request), params.id, body),
  });
  defineRoute(app, {
    method: 'PATCH',
    url: '/api/episodes/:id',
    permission: 'clinicalWrite',
    ownedBy: ownedBy(deps.db, 'episode'),
    schema: {
      summary: 'Update an episode (plan, goals, diagnoses, phase)',
      params: IdParamsSchema,
      body: UpdateEpisodeSchema,
      response: EpisodeSchema,
    },
    handler: (request, _reply, { params, body }) =>
      episodeService.update(deps, contextOf(request), params.id, body),
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/patients/:id/visits',
    permission: 'clinicalRead',
    ownedBy: patientOwned,
    schema: {
      summary: "A patient's visits with findings, newest first",
      params: IdParamsSchema,
      response: z.array(VisitSchema),
    },
    handler: (request, _reply, { params }) =>
      visitService.listForPatient(deps, contextOf(request), params.id),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/patients/:id/visits',
    permission: 'clinicalWrite',
    ownedBy: patientOwned,
    schema: {
      summary: 'Open a draft visit',
      params: IdParamsSchema,
      body: CreateVisitSchema,
      response: VisitSchema,
      status: 201,
    },
    handler: (request, _reply, { params, body }) =>
      visitService.create(deps, contextOf(request), params.id, body),
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/visits/:id',
    permission: 'clinicalRead',
    ownedBy: visitOwned,
    schema: { summary: 'Read a visit', params: IdParamsSchema, response: VisitSchema },
    handler: (request, _reply, { params }) => visitService.get(deps, contextOf(request), params.id),
  });
  defineRoute(app, {
    method: 'PATCH',
    url: '/api/visits/:id',
    permission: 'clinicalWrite',
    ownedBy: visitOwned,
    schema: {
      summary: 'Save a draft visit (send the version you read); the server recomputes the analysis',
      params: IdParamsSchema,
      body: UpdateVisitSchema,
      response: VisitSchema,
    },
    handler: (request, _reply, { params, body }) =>
      visitService.update(deps, contextOf(request), params.id, body),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/visits/:id/sign',
    permission: 'clinicalWrite',
    ownedBy: visitOwned,
    schema: {
      summary: 'Sign a visit; it cannot change afterwards',
      params: IdParamsSchema,
      body: SignVisitSchema,
      response: VisitSchema,
    },
    handler: (request, _reply, { params, body }) =>
      visitService.sign(deps, contextOf(request), params.id, body.version),
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/visits/:id/addenda',
    permission: 'clinicalRead',
    ownedBy: visitOwned,
    schema: {
      summary: "A signed visit's addenda, in order",
      params: IdParamsSchema,
      response: z.array(AddendumSchema),
    },
    handler: (request, _reply, { params }) => visitService.listAddenda(deps, contextOf(request), params.id),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/visits/:id/addenda',
    permission: 'clinicalWrite',
    ownedBy: visitOwned,
    schema: {
      summary: 'Add a signed addendum to a signed visit',
      params: IdParamsSchema,
      body: CreateAddendumSchema,
      response: AddendumSchema,
      status: 201,
    },
    handler: (request, _reply, { params, body }) =>
      visitService.addAddendum(deps, contextOf(request), params.id, body.text),
  });
}
