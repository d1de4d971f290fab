import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { episodeRepository } from '../db/repositories/episode.repository';
import { exportRepository } from '../db/repositories/export.repository';
import { findingRepository } from '../db/repositories/finding.repository';
import { patientRecordRepository } from '../db/repositories/patient-record.repository';
import { patientRepository } from '../db/repositories/patient.repository';
import { questionnaireRepository } from '../db/repositories/questionnaire.repository';
import { userRepository } from '../db/repositories/user.repository';
import { visitRepository } from '../db/repositories/visit.repository';
import { notFound } from '../errors';
import { loadClinic } from '../services/clinic.service';
import { effectivePack } from '../services/protocol.service';
import { exportAppointments } from './fhir/export-appointments';
import type { ExportQuestionnaire, ExportSetting, PatientRecord } from './fhir/export-record';
import { importedRecordOf } from './fhir/imported-record-of';

/** Patients loaded per page of ids while walking a whole clinic. */
const idPage = 200;

/** The clinic, its practitioners and the names of its indicators: what every export shares. */
export async function loadExportSetting(db: Kysely<Database>, clinicId: string): Promise<ExportSetting> {
  const clinic = await loadClinic(db, clinicId);
  const users = await userRepository.listByClinic(db, clinicId);
  const { pack } = await effectivePack(db, clinicId);
  const names = new Map<string, string>();
  for (const i of pack.indicators) names.set(i.id, i.name);
  for (const s of [...pack.redFlags, ...pack.contraindications]) names.set(s.id, s.name);
  return {
    clinic,
    practitioners: new Map(
      users.map((u) => [
        u.id,
        {
          id: u.id,
          displayName: u.displayName,
          nameAsSigned: u.profile.nameAsSigned,
          degree: u.profile.degree,
          licenceNumber: u.profile.licenceNumber,
          licenceState: u.profile.licenceState,
          npi: u.profile.npi,
        },
      ]),
    ),
    indicatorNames: names,
  };
}

/** One patient's whole record (episodes, visits oldest first with findings, addenda), or undefined. */
export async function loadPatientRecord(
  db: Kysely<Database>,
  clinicId: string,
  patientId: string,
): Promise<PatientRecord | undefined> {
  const patient = await patientRepository.findById(db, clinicId, patientId);
  if (patient === undefined) return undefined;
  const episodes = await episodeRepository.listByPatient(db, clinicId, patientId);
  const rows = (await visitRepository.listByPatient(db, clinicId, patientId)).reverse();
  const ids = rows.map((r) => r.id);
  const findings = await findingRepository.listForVisits(db, clinicId, ids);
  const addenda = await exportRepository.addendaForVisits(db, clinicId, ids);
  const responses = await questionnaireRepository.listByPatient(db, clinicId, patientId);
  const answers = await questionnaireRepository.listAnswers(
    db,
    clinicId,
    responses.map((r) => r.id),
  );
  const questionnaires = responses.map((r): ExportQuestionnaire => ({
    id: r.id,
    instrument: r.instrumentId,
    version: r.instrumentVersion,
    episodeId: r.episodeId,
    visitId: null,
    completedAt: r.administeredAt,
    answers: (answers.get(r.id) ?? []).flatMap((a) =>
      a.value === null ? [] : [{ item: a.itemId, label: a.label, value: a.value }],
    ),
    score:
      r.score.value === null
        ? null
        : {
            value: r.score.value,
            unit: r.score.unit === 'percent' ? '%' : 'points',
            band: r.score.band?.label ?? null,
          },
  }));
  const consents = await patientRecordRepository.listConsents(db, clinicId, patientId);
  return {
    patient,
    episodes: [...episodes].reverse(),
    visits: rows.map((r) => ({ ...r, findings: findings.get(r.id) ?? [] })),
    addenda,
    questionnaires,
    consents,
    imported: await importedRecordOf(db, clinicId, patientId),
    appointments: await exportAppointments(db, clinicId, patientId),
  };
}

/**
 * The records of one patient (`patientId`) or of every patient of the clinic in id order, one at a
 * time, so an export of any size holds one record in memory.
 */
export async function* patientRecords(
  db: Kysely<Database>,
  clinicId: string,
  patientId: string | undefined,
): AsyncGenerator<PatientRecord> {
  if (patientId !== undefined) {
    const record = await loadPatientRecord(db, clinicId, patientId);
    if (record === undefined) throw notFound();
    yield record;
    return;
  }
  let after: string | null = null;
  for (;;) {
    const ids = await exportRepository.patientIdsPage(db, clinicId, after, idPage);
    for (const id of ids) {
      const record = await loadPatientRecord(db, clinicId, id);
      if (record !== undefined) yield record;
    }
    if (ids.length < idPage) return;
    after = ids[ids.length - 1] ?? null;
  }
}
