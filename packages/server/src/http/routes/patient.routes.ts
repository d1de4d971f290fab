import {
  ArchivePatientSchema,
  ConsentSchema,
  CreateConsentSchema,
  CreateImagingSchema,
  CreatePatientSchema,
  IdParamsSchema,
  ImagingSchema,
  MedicalHistorySchema,
  PatientPageSchema,
  PatientSchema,
  PatientSearchSchema,
  TimelineSchema,
  UpdateMedicalHistorySchema,
  UpdatePatientSchema,
} from '@sotchart/contract';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { contextOf } from '../../auth/request-context';
import { patientService } from '../../services/patient.service';
import type { ServiceDeps } from '../../services/service-deps';
import { timelineService } from '../../services/timeline.service';
import { ownedBy } from '../owned-by';
import { defineRoute } from '../route';

/** Patients, their medical history, consents and imaging, and the timeline. */
export function patientRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  const patientOwned = ownedBy(deps.db, 'patient');

  defineRoute(app, {
    method: 'GET',
    url: '/api/patients',
    permission: 'demographicsRead',
    schema: {
      summary: 'Search patients by name, chart number or date of birth',
      query: PatientSearchSchema,
      response: PatientPageSchema,
    },
    handler: (request, _reply, { query }) => patientService.search(deps, contextOf(request), query),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/patients',
    permission: 'demographicsWrite',
    schema: { summary: 'Create a patient', body: CreatePatientSchema, response: PatientSchema, status: 201 },
    handler: (request, _reply, { body }) => patientService.create(deps, contextOf(request), body),
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/patients/:id',
    permission: 'demographicsRead',
    ownedBy: patientOwned,
    schema: {
      summary: "Read a patient's demographics (the history and notes: /api/patients/:id/history)",
      params: IdParamsSchema,
      response: PatientSchema,
    },
    handler: (request, _reply, { params }) => patientService.get(deps, contextOf(request), params.id),
  });
  defineRoute(app, {
    method: 'PATCH',
    url: '/api/patients/:id',
    permission: 'demographicsWrite',
    ownedBy: patientOwned,
    schema: {
      summary: "Update a patient's demographics (send the version you read)",
      params: IdParamsSchema,
      body: UpdatePatientSchema,
      response: PatientSchema,
    },
    handler: (request, _reply, { params, body }) =>
      patientService.update(deps, contextOf(request), params.id, body),
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/patients/:id/history',
    permission: 'clinicalRead',
    ownedBy: patientOwned,
    schema: {
      summary: "A patient's medical history (conditions, surgeries, medications, allergies) and notes",
      params: IdParamsSchema,
      response: MedicalHistorySchema,
    },
    handler: (request, _reply, { params }) => patientService.getHistory(deps, contextOf(request), params.id),
  });
  defineRoute(app, {
    method: 'PATCH',
    url: '/api/patients/:id/history',
    permission: 'clinicalWrite',
    ownedBy: patientOwned,
    schema: {
      summary: "Update a patient's medical history and notes (send the patient's version you read)",
      params: IdParamsSchema,
      body: UpdateMedicalHistorySchema,
      response: MedicalHistorySchema,
    },
    handler: (request, _reply, { params, body }) =>
      patientService.updateHistory(deps, contextOf(request), params.id, body),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/patients/:id/archive',
    permission: 'demographicsWrite',
    ownedBy: patientOwned,
    schema: {
      summary: 'Archive a patient',
      params: IdParamsSchema,
      body: ArchivePatientSchema,
      response: PatientSchema,
    },
    handler: (request, _reply, { params, body }) =>
      patientService.archive(deps, contextOf(request), params.id, body.version),
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/patients/:id/timeline',
    permission: 'demographicsRead',
    ownedBy: patientOwned,
    schema: {
      summary: "A patient's visits, newest first (dates and types only for non-clinical roles)",
      params: IdParamsSchema,
      response: TimelineSchema,
    },
    handler: (request, _reply, { params }) => timelineService.get(deps, contextOf(request), params.id),
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/patients/:id/consents',
    permission: 'demographicsRead',
    ownedBy: patientOwned,
    schema: {
      summary: "A patient's consent records",
      params: IdParamsSchema,
      response: z.array(ConsentSchema),
    },
    handler: (request, _reply, { params }) =>
      patientService.listConsents(deps, contextOf(request), params.id),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/patients/:id/consents',
    permission: 'demographicsWrite',
    ownedBy: patientOwned,
    schema: {
      summary: 'Record a consent',
      params: IdParamsSchema,
      body: CreateConsentSchema,
      response: ConsentSchema,
      status: 201,
    },
    handler: (request, _reply, { params, body }) =>
      patientService.addConsent(deps, contextOf(request), params.id, body),
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/patients/:id/imaging',
    permission: 'clinicalRead',
    ownedBy: patientOwned,
    schema: {
      summary: "A patient's imaging studies",
      params: IdParamsSchema,
      response: z.array(ImagingSchema),
    },
    handler: (request, _reply, { params }) => patientService.listImaging(deps, contextOf(request), params.id),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/patients/:id/imaging',
    permission: 'clinicalWrite',
    ownedBy: patientOwned,
    schema: {
      summary: 'Record an imaging study',
      params: IdParamsSchema,
      body: CreateImagingSchema,
      response: ImagingSchema,
      status: 201,
    },
    handler: (request, _reply, { params, body }) =>
      patientService.addImaging(deps, contextOf(request), params.id, body),
  });
}
