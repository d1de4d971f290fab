import {
  CreatedKioskLinkSchema,
  ErrorCode,
  InstrumentFormListSchema,
  KioskFormSchema,
  KioskLinkSchema,
  KioskReceiptSchema,
  KioskSubmissionSchema,
  OutcomeProgressSchema,
  OutcomeScheduleSchema,
  OutcomeSettingsSchema,
  QuestionnaireResponseSchema,
  TextPackSummarySchema,
  type CreateKioskLinkInput,
  type CreateQuestionnaireResponse,
  type CreatedKioskLink,
  type InstrumentForm,
  type KioskForm,
  type KioskLink,
  type KioskReceipt,
  type KioskSubmission,
  type KioskSubmitInput,
  type OutcomeProgress,
  type OutcomeSchedule,
  type OutcomeSettings,
  type QuestionnaireResponse,
  type TextPackSummary,
  type UpdateOutcomeSettings,
} from '@sotchart/contract';
import { i18n } from '../i18n/translation';
import { ApiError, apiErrorOf } from './api-error';
import { request, type ResponseSchema } from './http-client';

/** Query keys of outcome data, under the patient's key so invalidating a patient refreshes them too. */
export const outcomeKeys = {
  instruments: ['instruments'] as const,
  settings: ['outcome-settings'] as const,
  textPacks: ['outcome-text-packs'] as const,
  progress: (patientId: string) => ['patient', patientId, 'outcomes'] as const,
  schedule: (patientId: string) => ['patient', patientId, 'outcome-schedule'] as const,
  questionnaires: (patientId: string) => ['patient', patientId, 'questionnaires'] as const,
  kioskLinks: (patientId: string) => ['patient', patientId, 'kiosk-links'] as const,
  kioskSubmissions: (patientId: string) => ['patient', patientId, 'kiosk-submissions'] as const,
};

const QuestionnaireListSchema = QuestionnaireResponseSchema.array();
const KioskLinkListSchema = KioskLinkSchema.array();
const KioskSubmissionListSchema = KioskSubmissionSchema.array();
const TextPackListSchema = TextPackSummarySchema.array();

/** Questionnaires, progress, schedule and kiosk links as staff use them; answers checked against the contract. */
export const outcomesApi = {
  instruments: (): Promise<InstrumentForm[]> =>
    request('GET', '/api/instruments', {}, InstrumentFormListSchema),
  settings: (): Promise<OutcomeSettings> =>
    request('GET', '/api/outcome-settings', {}, OutcomeSettingsSchema),
  updateSettings: (body: UpdateOutcomeSettings): Promise<OutcomeSettings> =>
    request('PUT', '/api/outcome-settings', { body }, OutcomeSettingsSchema),
  textPacks: (): Promise<TextPackSummary[]> =>
    request('GET', '/api/outcome-text-packs', {}, TextPackListSchema),
  /** The pack as the owner's file holds it: the server checks it against the instrument. */
  loadTextPack: (body: unknown): Promise<TextPackSummary> =>
    request('PUT', '/api/outcome-text-packs', { body }, TextPackSummarySchema),
  questionnaires: (patientId: string): Promise<QuestionnaireResponse[]> =>
    request('GET', `/api/patients/${patientId}/questionnaires`, {}, QuestionnaireListSchema),
  enter: (patientId: string, body: CreateQuestionnaireResponse): Promise<QuestionnaireResponse> =>
    request('POST', `/api/patients/${patientId}/questionnaires`, { body }, QuestionnaireResponseSchema),
  progress: (patientId: string): Promise<OutcomeProgress> =>
    request('GET', `/api/patients/${patientId}/outcomes`, {}, OutcomeProgressSchema),
  schedule: (patientId: string): Promise<OutcomeSchedule> =>
    request('GET', `/api/patients/${patientId}/outcome-schedule`, {}, OutcomeScheduleSchema),
  kioskLinks: (patientId: string): Promise<KioskLink[]> =>
    request('GET', `/api/patients/${patientId}/kiosk-links`, {}, KioskLinkListSchema),
  createKioskLink: (patientId: string, body: CreateKioskLinkInput): Promise<CreatedKioskLink> =>
    request('POST', `/api/patients/${patientId}/kiosk-links`, { body }, CreatedKioskLinkSchema),
  /** A one-time check-in link for one appointment: arrival, then its due questionnaires and consents. */
  createCheckInLink: (appointmentId: string): Promise<CreatedKioskLink> =>
    request('POST', `/api/appointments/${appointmentId}/check-in-link`, {}, CreatedKioskLinkSchema),
  kioskSubmissions: (patientId: string): Promise<KioskSubmission[]> =>
    request('GET', `/api/patients/${patientId}/kiosk-submissions`, {}, KioskSubmissionListSchema),
  reviewSubmission: (id: string, applyToHistory: boolean): Promise<KioskSubmission> =>
    request(
      'POST',
      `/api/kiosk-submissions/${id}/review`,
      { body: { applyToHistory } },
      KioskSubmissionSchema,
    ),
};

async function kioskCall<T>(path: string, body: unknown, schema: ResponseSchema<T>): Promise<T> {
  let response: Response;
  try {
    // No cookie: the kiosk acts only through its link's token, never with a session left on the tablet.
    response = await fetch(path, {
      method: 'POST',
      credentials: 'omit',
      // The answer's messages in the language the form is shown in.
      headers: {
        accept: 'application/json',
        'content-type': 'application/json',
        'accept-language': i18n.language,
      },
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, ErrorCode.NETWORK, i18n.t('api.kioskUnreachable', { ns: 'common' }));
  }
  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) throw apiErrorOf(response.status, json, i18n.t('api.somethingWrong', { ns: 'common' }));
  return schema.parse(json);
}

/** The tablet's two calls: open the link's form, and send it. */
export const kioskApi = {
  open: (token: string): Promise<KioskForm> => kioskCall('/api/kiosk/open', { token }, KioskFormSchema),
  submit: (body: KioskSubmitInput): Promise<KioskReceipt> =>
    kioskCall('/api/kiosk/submit', body, KioskReceiptSchema),
};
