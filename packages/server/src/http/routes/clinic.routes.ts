import {
  AnalyzeRequestSchema,
  ClinicMessageRefSchema,
  ClinicMessageSchema,
  ClinicWordingQuerySchema,
  ClinicWordingSchema,
  PutClinicMessageSchema,
  WordingCatalogueQuerySchema,
  WordingCatalogueSchema,
  ClinicDiagnosisCodesSchema,
  ClinicSchema,
  ProtocolStateSchema,
  PutProtocolSchema,
  UpdateClinicDiagnosisCodesSchema,
  UpdateClinicSchema,
} from '@sotchart/contract';
import { EngineResultSchema } from '@sotchart/engine';
import type { FastifyInstance } from 'fastify';
import { contextOf } from '../../auth/request-context';
import { analyzeService } from '../../services/analyze.service';
import { clinicDiagnosisCodesService } from '../../services/clinic-diagnosis-codes.service';
import { clinicService } from '../../services/clinic.service';
import { clinicWordingService } from '../../services/clinic-wording.service';
import { protocolService } from '../../services/protocol.service';
import type { ServiceDeps } from '../../services/service-deps';
import { defineRoute } from '../route';

/** The clinic's settings, its protocol pack, and the engine on its own. */
export function clinicRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/clinic',
    permission: 'signedIn',
    schema: { summary: "The caller's clinic", response: ClinicSchema },
    handler: (request) => clinicService.get(deps, contextOf(request)),
  });
  defineRoute(app, {
    method: 'PATCH',
    url: '/api/clinic',
    permission: 'clinicAdmin',
    schema: {
      summary: 'Change clinic settings (send the version you read)',
      body: UpdateClinicSchema,
      response: ClinicSchema,
    },
    handler: (request, _reply, { body }) => clinicService.update(deps, contextOf(request), body),
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/clinic/wording',
    permission: 'signedIn',
    schema: {
      summary:
        "The clinic's own wording of the app's messages in one language (approved only with approved=true)",
      query: ClinicWordingQuerySchema,
      response: ClinicWordingSchema,
    },
    handler: (request, _reply, { query }) => clinicWordingService.list(deps, contextOf(request), query),
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/clinic/wording/messages',
    permission: 'clinicAdmin',
    schema: {
      summary:
        "A catalogue's messages in one language: English, the bundled translation and its review, the clinic's own",
      query: WordingCatalogueQuerySchema,
      response: WordingCatalogueSchema,
    },
    handler: (request, _reply, { query }) => clinicWordingService.catalogue(deps, contextOf(request), query),
  });
  defineRoute(app, {
    method: 'PUT',
    url: '/api/clinic/wording',
    permission: 'clinicAdmin',
    schema: {
      summary:
        "Word one of the app's messages for the clinic, as a draft or approved (then it replaces the bundled one)",
      body: PutClinicMessageSchema,
      response: ClinicMessageSchema,
    },
    handler: (request, _reply, { body }) => clinicWordingService.put(deps, contextOf(request), body),
  });
  defineRoute(app, {
    method: 'DELETE',
    url: '/api/clinic/wording',
    permission: 'clinicAdmin',
    schema: {
      summary: "Drop the clinic's wording of a message: the bundled message applies again",
      query: ClinicMessageRefSchema,
      status: 204,
    },
    handler: async (request, _reply, { query }) => {
      await clinicWordingService.remove(deps, contextOf(request), query);
    },
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/clinic/diagnosis-codes',
    permission: 'clinicalRead',
    schema: {
      summary: "The clinic's own ICD-10-CM codes beside the shipped list (version 0: none saved)",
      response: ClinicDiagnosisCodesSchema,
    },
    handler: (request) => clinicDiagnosisCodesService.get(deps, contextOf(request)),
  });
  defineRoute(app, {
    method: 'PUT',
    url: '/api/clinic/diagnosis-codes',
    permission: 'clinicAdmin',
    schema: {
      summary: "Replace the clinic's own ICD-10-CM codes (send the version you read)",
      body: UpdateClinicDiagnosisCodesSchema,
      response: ClinicDiagnosisCodesSchema,
    },
    handler: (request, _reply, { body }) => clinicDiagnosisCodesService.put(deps, contextOf(request), body),
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/protocol',
    permission: 'signedIn',
    schema: {
      summary: "The default pack, the clinic's override and the pack in effect",
      response: ProtocolStateSchema,
    },
    handler: (request) => protocolService.get(deps, contextOf(request)),
  });
  defineRoute(app, {
    method: 'PUT',
    url: '/api/protocol',
    permission: 'clinicAdmin',
    schema: {
      summary: "Replace the clinic's override (send the revision you read)",
      body: PutProtocolSchema,
      response: ProtocolStateSchema,
    },
    handler: (request, _reply, { body }) => protocolService.put(deps, contextOf(request), body),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/analyze',
    permission: 'clinicalRead',
    schema: {
      summary: "Run the engine on findings with the clinic's pack; nothing is saved",
      body: AnalyzeRequestSchema,
      response: EngineResultSchema,
    },
    handler: (request, _reply, { body }) => analyzeService.analyze(deps, contextOf(request), body),
  });
}
