import type { AuditActionName, AuditEntry } from '@sotchart/contract';
import { i18n } from '../../i18n/translation';

/** Each action's label in the `audit` catalogue. */
export const actionKeys = {
  read: 'action.read',
  create: 'action.create',
  update: 'action.update',
  sign: 'action.sign',
  archive: 'action.archive',
  export: 'action.export',
  login: 'action.login',
  login_failed: 'action.loginFailed',
  logout: 'action.logout',
  refused: 'action.refused',
} as const satisfies Record<AuditActionName, string>;

/** What an entry is about, by the entity type the server records, in the `audit` catalogue. */
export const entityKeys = {
  addendum: 'entity.addendum',
  appointment: 'entity.appointment',
  appointment_series: 'entity.appointmentSeries',
  appointment_type: 'entity.appointmentType',
  audit_log: 'entity.auditLog',
  backend_client: 'entity.backendClient',
  calendar_feed: 'entity.calendarFeed',
  claim_form: 'entity.claimForm',
  clinic: 'entity.clinic',
  clinic_diagnosis_codes: 'entity.clinicDiagnosisCodes',
  consent: 'entity.consent',
  csv: 'entity.csv',
  draft_list: 'entity.draftList',
  episode: 'entity.episode',
  fee_schedule: 'entity.feeSchedule',
  fhir: 'entity.fhir',
  fhir_bulk: 'entity.fhirBulk',
  fhir_bulk_file: 'entity.fhirBulkFile',
  fhir_bulk_job: 'entity.fhirBulkJob',
  finding: 'entity.finding',
  imaging_study: 'entity.imagingStudy',
  kiosk_link: 'entity.kioskLink',
  kiosk_submission: 'entity.kioskSubmission',
  outcome_schedule: 'entity.outcomeSchedule',
  outcome_settings: 'entity.outcomeSettings',
  outcome_text_pack: 'entity.outcomeTextPack',
  patient: 'entity.patient',
  patient_handout: 'entity.patientHandout',
  patient_history: 'entity.patientHistory',
  patient_list: 'entity.patientList',
  progress_report: 'entity.progressReport',
  protocol_override: 'entity.protocolOverride',
  questionnaire_response: 'entity.questionnaireResponse',
  referral_letter: 'entity.referralLetter',
  research: 'entity.research',
  room: 'entity.room',
  session: 'entity.session',
  signed_document: 'entity.signedDocument',
  superbill: 'entity.superbill',
  timeline: 'entity.timeline',
  user: 'entity.user',
  visit: 'entity.visit',
  visit_note: 'entity.visitNote',
  working_hours: 'entity.workingHours',
} as const;

type EntityType = keyof typeof entityKeys;

const isAction = (action: string): action is AuditActionName => Object.hasOwn(actionKeys, action);
const isEntity = (type: string): type is EntityType => Object.hasOwn(entityKeys, type);

/** An action's label in the app's language; an action this version does not know, as recorded. */
export function actionLabel(action: string): string {
  return isAction(action) ? i18n.t(actionKeys[action], { ns: 'audit' }) : action;
}

/**
 * What an entry is about in the app's language, or null for an entity type this version does not
 * know (then shown as recorded).
 */
export function entityLabel(entityType: string): string | null {
  return isEntity(entityType) ? i18n.t(entityKeys[entityType], { ns: 'audit' }) : null;
}

/**
 * Who acted, as the log says it: the user's name (null: shown as recorded, never translated),
 * "Patient (kiosk)" at the tablet, or "System".
 */
export function whoLabel(entry: Pick<AuditEntry, 'by' | 'actor'>): {
  readonly name: string | null;
  readonly text: string;
} {
  switch (entry.by) {
    case 'user':
      return entry.actor === null
        ? { name: null, text: i18n.t('who.unknown', { ns: 'audit' }) }
        : { name: entry.actor.displayName, text: entry.actor.displayName };
    case 'kiosk':
      return { name: null, text: i18n.t('who.kiosk', { ns: 'audit' }) };
    case 'system':
      return { name: null, text: i18n.t('who.system', { ns: 'audit' }) };
    default: {
      const unreachable: never = entry.by;
      return unreachable;
    }
  }
}
