import { defaultPageSize, type PageSizeName, type Visit } from '@sotchart/contract';
import { urgencies } from '@sotchart/engine';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import type { DocumentLanguage } from '../reports/document-language';
import type { ReferralLetterModel } from '../reports/documents/referral-letter';
import { notFound } from '../errors';
import { clinicOf, patientOf, practitionerById } from './document-sources';
import { packOfRef } from './protocol.service';

/**
 * Gathers the referral letter of a visit whose stored engine result carries a referral: the flags
 * that raised it with their screen questions (in the visit's own pack), the urgency (the
 * practitioner's recorded one when higher, REFERENCE §7), the patient, the visit's complaint, the
 * clinic and the practitioner who signed or charts the visit, with names and questions in the
 * letter's language. A visit without a referral has no letter: NOT_FOUND.
 */
export async function gatherReferralLetter(
  db: Kysely<Database>,
  clinicId: string,
  visit: Visit,
  pageSize: PageSizeName | undefined,
  dl: DocumentLanguage,
): Promise<ReferralLetterModel> {
  const advised = visit.engine.analysis.referral;
  if (advised === null) throw notFound();
  const [clinic, patient, practitioner, { pack }] = await Promise.all([
    clinicOf(db, clinicId),
    patientOf(db, clinicId, visit.patientId),
    practitionerById(db, clinicId, visit.signedBy ?? visit.practitionerId),
    packOfRef(db, clinicId, visit.engine.packRef),
  ]);
  const recorded = visit.record.referral;
  const urgency =
    recorded !== null && urgencies.indexOf(recorded.urgency) < urgencies.indexOf(advised.urgency)
      ? recorded.urgency
      : advised.urgency;
  return {
    pageSize: pageSize ?? defaultPageSize(clinic.timeZone),
    clinic,
    practitioner,
    patient: {
      name: dl.personName(patient),
      dateOfBirth: patient.dateOfBirth,
      chartNumber: patient.chartNumber,
    },
    visit: { visitAt: visit.visitAt, chiefComplaint: visit.chiefComplaint },
    flags: advised.flags.map((id) => {
      const flag = pack.redFlags.find((f) => f.id === id);
      const answer = visit.findings.find((f) => f.indicator === id && f.phase === 'pre');
      return {
        name: dl.protocolText('redFlag', id, 'name', flag?.name ?? id.replaceAll('_', ' ')),
        question: flag === undefined ? '' : dl.protocolText('redFlag', id, 'question', flag.question),
        note: answer?.note?.trim() ?? '',
      };
    }),
    urgency,
    referral: recorded,
  };
}
