import { Migrator, type Kysely, type Migration } from 'kysely';
import type { Database } from './database';
import * as createClinic from './migrations/0001-create-clinic';
import * as createAppUser from './migrations/0002-create-app-user';
import * as createSession from './migrations/0003-create-session';
import * as createAuditLog from './migrations/0004-create-audit-log';
import * as createLoginThrottle from './migrations/0004a-create-login-throttle';
import * as createPatient from './migrations/0005-create-patient';
import * as createConsentAndImaging from './migrations/0006-create-consent-and-imaging';
import * as createEpisode from './migrations/0007-create-episode';
import * as createVisit from './migrations/0008-create-visit';
import * as createProtocolOverride from './migrations/0009-create-protocol-override';
import * as createQuestionnaireResponse from './migrations/0020-create-questionnaire-response';
import * as createQuestionnaireAnswer from './migrations/0021-create-questionnaire-answer';
import * as createKioskLink from './migrations/0022-create-kiosk-link';
import * as createKioskSubmission from './migrations/0023-create-kiosk-submission';
import * as createOutcomeSettings from './migrations/0024-create-outcome-settings';
import * as createOutcomeTextPack from './migrations/0025-create-outcome-text-pack';
import * as createPatientIdentifier from './migrations/0030-create-patient-identifier';
import * as createFeeSchedule from './migrations/0031-create-fee-schedule';
import * as createPatientSearchKey from './migrations/0032-create-patient-search-key';
import * as addVisitSummary from './migrations/0033-add-visit-summary';
import * as indexClinicRowsById from './migrations/0034-index-clinic-rows-by-id';
import * as addVisitEngineResult from './migrations/0035-add-visit-engine-result';
import * as createBackfillRun from './migrations/0036-create-backfill-run';
import * as createSignedDocument from './migrations/0037-create-signed-document';
import * as createPendingAudit from './migrations/0038-create-pending-audit';
import * as startClinicAuditChains from './migrations/0039-start-clinic-audit-chains';
import * as indexVisitDrafts from './migrations/0040-index-visit-drafts';
import * as emailPerClinic from './migrations/0041-email-per-clinic';
import * as addClaimPaper from './migrations/0042-add-claim-paper';
import * as createClinicDiagnosisCodes from './migrations/0043-create-clinic-diagnosis-codes';
import * as addImportedRecord from './migrations/0044-add-imported-record';
import * as createBackendServices from './migrations/0045-create-backend-services';
import * as createPatientTypoKey from './migrations/0046-create-patient-typo-key';
import * as indexAuditLogFilters from './migrations/0046a-index-audit-log-filters';
import * as addKioskLinkQuestionnaires from './migrations/0047-add-kiosk-link-questionnaires';
import * as addClinicPhone from './migrations/0048-add-clinic-phone';
import * as addImagingSubluxation from './migrations/0049-add-imaging-subluxation';
import * as createSchedule from './migrations/0050-create-schedule';
import * as addKioskCheckIn from './migrations/0051-add-kiosk-check-in';
import * as addLanguages from './migrations/0052-add-languages';
import * as addQuestionnaireWording from './migrations/0053-add-questionnaire-wording';
import * as keyTextPacksByLanguage from './migrations/0054-key-text-packs-by-language';

/** Every migration in order. Forward-only: never edit or rename one that has landed; add a new one. */
const migrations: Record<string, Migration> = {
  '0001-create-clinic': createClinic,
  '0002-create-app-user': createAppUser,
  '0003-create-session': createSession,
  '0004-create-audit-log': createAuditLog,
  '0004a-create-login-throttle': createLoginThrottle,
  '0005-create-patient': createPatient,
  '0006-create-consent-and-imaging': createConsentAndImaging,
  '0007-create-episode': createEpisode,
  '0008-create-visit': createVisit,
  '0009-create-protocol-override': createProtocolOverride,
  '0020-create-questionnaire-response': createQuestionnaireResponse,
  '0021-create-questionnaire-answer': createQuestionnaireAnswer,
  '0022-create-kiosk-link': createKioskLink,
  '0023-create-kiosk-submission': createKioskSubmission,
  '0024-create-outcome-settings': createOutcomeSettings,
  '0025-create-outcome-text-pack': createOutcomeTextPack,
  '0030-create-patient-identifier': createPatientIdentifier,
  '0031-create-fee-schedule': createFeeSchedule,
  '0032-create-patient-search-key': createPatientSearchKey,
  '0033-add-visit-summary': addVisitSummary,
  '0034-index-clinic-rows-by-id': indexClinicRowsById,
  '0035-add-visit-engine-result': addVisitEngineResult,
  '0036-create-backfill-run': createBackfillRun,
  '0037-create-signed-document': createSignedDocument,
  '0038-create-pending-audit': createPendingAudit,
  '0039-start-clinic-audit-chains': startClinicAuditChains,
  '0040-index-visit-drafts': indexVisitDrafts,
  '0041-email-per-clinic': emailPerClinic,
  '0042-add-claim-paper': addClaimPaper,
  '0043-create-clinic-diagnosis-codes': createClinicDiagnosisCodes,
  '0044-add-imported-record': addImportedRecord,
  '0045-create-backend-services': createBackendServices,
  '0046-create-patient-typo-key': createPatientTypoKey,
  '0046a-index-audit-log-filters': indexAuditLogFilters,
  '0047-add-kiosk-link-questionnaires': addKioskLinkQuestionnaires,
  '0048-add-clinic-phone': addClinicPhone,
  '0049-add-imaging-subluxation': addImagingSubluxation,
  '0050-create-schedule': createSchedule,
  '0051-add-kiosk-check-in': addKioskCheckIn,
  '0052-add-languages': addLanguages,
  '0053-add-questionnaire-wording': addQuestionnaireWording,
  '0054-key-text-packs-by-language': keyTextPacksByLanguage,
};

/**
 * Brings the schema to the latest migration (or up to and including `target`, for tests of a data
 * migration); throws with the failing migration's name.
 */
export async function migrateToLatest(db: Kysely<Database>, target?: string): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: () => Promise.resolve(migrations) } });
  const { error, results = [] } =
    target === undefined ? await migrator.migrateToLatest() : await migrator.migrateTo(target);
  const failed = results.find((r) => r.status === 'Error');
  if (error !== undefined) {
    const name = failed === undefined ? '' : ` in ${failed.migrationName}`;
    throw new Error(`migration failed${name}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  return results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
