import { codingInputOf, dateInZone, usBillingOn, type Coverage, type Visit } from '@sotchart/contract';
import { checkCoding, suggestCoding, type CodingProblem } from '@sotchart/engine';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { clinicDiagnosisCodesRepository } from '../db/repositories/clinic-diagnosis-codes.repository';
import { episodeRepository } from '../db/repositories/episode.repository';
import { feeScheduleRepository } from '../db/repositories/fee-schedule.repository';
import { patientCoverageRepository } from '../db/repositories/patient-coverage.repository';
import { loadClinic } from './clinic.service';
import { subluxationImaging } from './subluxation-imaging';

/**
 * Whether the claim goes to Medicare: the patient's primary coverage says so. With no coverage recorded
 * the Medicare rules apply, as the strictest common payer's (clinical-notes §1).
 */
function billsMedicare(coverage: readonly Coverage[]): boolean {
  const primary = coverage.find((c) => c.rank === 'primary');
  return primary === undefined || primary.insuranceType === 'medicare';
}

/**
 * The coding checks of a visit's confirmed coding (engine `checkCoding`), with the context the server
 * holds: the date of service in the clinic's zone, the treated regions and PART checks from the same
 * coding suggestion the screen shows, the episode's care phase, ABN date and start (the course of
 * treatment), the payer from the patient's primary coverage, the clinic's own ICD-10-CM codes and the fee schedule's
 * codes.
 *
 * Nothing is checked when nothing is confirmed (coding is optional for clinics that do not bill), nor
 * for a clinic outside the United States, whose US billing features are off. Imaging on file that
 * shows a subluxation documents it where PART does not (docs/interop.md, "Coding checks").
 */
export async function visitCodingProblems(
  db: Kysely<Database>,
  clinicId: string,
  visit: Pick<Visit, 'patientId' | 'visitAt' | 'episodeId' | 'record'>,
): Promise<CodingProblem[]> {
  const coding = visit.record.coding;
  if (coding.diagnoses.length === 0 && coding.lines.length === 0) return [];
  const clinic = await loadClinic(db, clinicId);
  if (!usBillingOn(clinic)) return [];
  const episode =
    visit.episodeId === null ? undefined : await episodeRepository.findById(db, clinicId, visit.episodeId);
  const phase = episode?.phase ?? 'active';
  const abnDate = episode?.abnDate ?? null;
  const input = codingInputOf(visit.record, phase, abnDate !== null);
  // The suggestion is computed here even when a red flag withholds it from the engine result: the
  // regions treated are what the codes are checked against.
  const suggestion = input === null ? null : suggestCoding(input);
  const schedule = await feeScheduleRepository.find(db, clinicId);
  const clinicCodes = await clinicDiagnosisCodesRepository.find(db, clinicId);
  return checkCoding(coding, {
    dateOfService: dateInZone(visit.visitAt, clinic.timeZone),
    suggestion: suggestion?.ok === true ? suggestion.value : null,
    phase,
    courseStart: episode?.startDate ?? null,
    abnDate,
    medicare: billsMedicare(await patientCoverageRepository.list(db, clinicId, visit.patientId)),
    imaging: await subluxationImaging(db, clinicId, visit.patientId),
    clinicDiagnoses: clinicCodes?.codes.map((c) => c.code) ?? [],
    feeScheduleCodes:
      schedule === undefined || schedule.version === 0 ? null : schedule.entries.map((e) => e.code),
  });
}
