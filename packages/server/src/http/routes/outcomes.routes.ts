import {
  CreateQuestionnaireResponseSchema,
  IdParamsSchema,
  InstrumentFormListSchema,
  InstrumentFormsQuerySchema,
  OutcomeProgressSchema,
  OutcomeScheduleSchema,
  OutcomeSettingsSchema,
  QuestionnaireResponseSchema,
  TextPackSummarySchema,
  UpdateOutcomeSettingsSchema,
} from '@sotchart/contract';
import { TextPackSchema } from '@sotchart/engine';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { contextOf } from '../../auth/request-context';
import { instrumentService } from '../../services/instrument.service';
import { questionnaireService } from '../../services/questionnaire.service';
import { questionnaireScheduleService } from '../../services/questionnaire-schedule.service';
import type { ServiceDeps } from '../../services/service-deps';
import { ownedBy } from '../owned-by';
import { defineRoute } from '../route';

/** Outcome questionnaires: instruments and wording, answers entered by staff, progress, schedule and settings. */
export function outcomesRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  const patientOwned = ownedBy(deps.db, 'patient');

  defineRoute(app, {
    method: 'GET',
    url: '/api/instruments',
    permission: 'signedIn',
    schema: {
      summary:
        "Every questionnaire as a form in the patient's language (else the clinic's, or the one asked for): the clinic's wording, a built-in translation, else English",
      query: InstrumentFormsQuerySchema,
      response: InstrumentFormListSchema,
    },
    handler: (request, _reply, { query }) => instrumentService.list(deps, contextOf(request), query),
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/outcome-text-packs',
    permission: 'signedIn',
    schema: { summary: "The clinic's questionnaire wording packs", response: z.array(TextPackSummarySchema) },
    handler: (request) => instrumentService.listTextPacks(deps, contextOf(request)),
  });
  defineRoute(app, {
    method: 'PUT',
    url: '/api/outcome-text-packs',
    permission: 'clinicAdmin',
    schema: {
      summary:
        "Load licensed wording or a translation of one questionnaire (replaces that instrument's pack)",
      body: TextPackSchema,
      response: TextPackSummarySchema,
    },
    handler: (request, _reply, { body }) => instrumentService.putTextPack(deps, contextOf(request), body),
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/outcome-settings',
    permission: 'signedIn',
    schema: { summary: "The clinic's questionnaire schedule", response: OutcomeSettingsSchema },
    handler: (request) => questionnaireScheduleService.getSettings(deps, contextOf(request)),
  });
  defineRoute(app, {
    method: 'PUT',
    url: '/api/outcome-settings',
    permission: 'clinicAdmin',
    schema: {
      summary: 'Change the questionnaire schedule (send the version you read)',
      body: UpdateOutcomeSettingsSchema,
      response: OutcomeSettingsSchema,
    },
    handler: (request, _reply, { body }) =>
      questionnaireScheduleService.updateSettings(deps, contextOf(request), body),
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/patients/:id/questionnaires',
    permission: 'clinicalRead',
    ownedBy: patientOwned,
    schema: {
      summary: "A patient's questionnaires with item answers and scores, oldest first",
      params: IdParamsSchema,
      response: z.array(QuestionnaireResponseSchema),
    },
    handler: (request, _reply, { params }) => questionnaireService.list(deps, contextOf(request), params.id),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/patients/:id/questionnaires',
    permission: 'clinicalWrite',
    ownedBy: patientOwned,
    schema: {
      summary: 'Enter a questionnaire the patient answered; the server scores it',
      params: IdParamsSchema,
      body: CreateQuestionnaireResponseSchema,
      response: QuestionnaireResponseSchema,
      status: 201,
    },
    handler: (request, _reply, { params, body }) =>
      questionnaireService.create(deps, contextOf(request), params.id, body),
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/patients/:id/outcomes',
    permission: 'clinicalRead',
    ownedBy: patientOwned,
    schema: {
      summary: "A patient's score trends per instrument and the questionnaire schedule",
      params: IdParamsSchema,
      response: OutcomeProgressSchema,
    },
    handler: (request, _reply, { params }) =>
      questionnaireService.progress(deps, contextOf(request), params.id),
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/patients/:id/outcome-schedule',
    permission: 'demographicsRead',
    ownedBy: patientOwned,
    schema: {
      summary:
        'Which questionnaires are due or overdue in the open episode, and when each was last done (no answers or scores)',
      params: IdParamsSchema,
      response: OutcomeScheduleSchema,
    },
    handler: (request, _reply, { params }) =>
      questionnaireScheduleService.get(deps, contextOf(request), params.id),
  });
}
