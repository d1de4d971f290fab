import { defaultPageSize, type Addendum } from '@sotchart/contract';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import type { VisitRow } from '../db/repositories/visit.repository';
import { formatPersonName } from '@sotchart/i18n';
import type { AddendumSnapshot } from '../reports/documents/addendum-snapshot';
import type { FreezeStamp } from '../reports/documents/visit-note-snapshot';
import { clinicWithLanguage, patientOf, practitionerById } from './document-sources';

/**
 * Gathers what an addendum's signed PDF shows, from the database as it stands: the clinic, the
 * patient, the signed visit and its signer, the author's name as signed and credentials, the addendum,
 * and the note it amends by that note's SHA-256. It is written in the note's language, fixed when the
 * visit was signed (the clinic's for a visit signed before notes had one).
 */
export async function gatherAddendum(
  db: Kysely<Database>,
  clinicId: string,
  visit: VisitRow,
  addendum: Addendum,
  note: AddendumSnapshot['note'],
  freeze: FreezeStamp,
): Promise<AddendumSnapshot> {
  const { clinic, language: clinicLanguage } = await clinicWithLanguage(db, clinicId);
  const language = visit.noteLanguage ?? clinicLanguage;
  const [patient, signer, author] = await Promise.all([
    patientOf(db, clinicId, visit.patientId),
    practitionerById(db, clinicId, visit.signedBy ?? visit.practitionerId),
    practitionerById(db, clinicId, addendum.authorId),
  ]);
  return {
    format: 1,
    pageSize: defaultPageSize(clinic.timeZone),
    language,
    clinic,
    patient: {
      id: patient.id,
      name: formatPersonName(patient, language),
      chartNumber: patient.chartNumber,
      dateOfBirth: patient.dateOfBirth,
    },
    visit: {
      id: visit.id,
      visitAt: visit.visitAt,
      type: visit.type,
      signedAt: visit.signedAt ?? addendum.signedAt,
      signedBy: signer?.nameAsSigned ?? null,
    },
    note,
    addendum: { id: addendum.id, seq: addendum.seq, text: addendum.text, signedAt: addendum.signedAt },
    author,
    freeze,
  };
}
