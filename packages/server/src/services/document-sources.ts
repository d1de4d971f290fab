import type { Language, User } from '@sotchart/contract';
import type { ProtocolPack } from '@sotchart/engine';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { patientRepository } from '../db/repositories/patient.repository';
import { userRepository } from '../db/repositories/user.repository';
import { notFound } from '../errors';
import type { ClinicSnapshot, PractitionerSnapshot } from '../reports/documents/visit-note-snapshot';
import { loadClinic } from './clinic.service';

// What the documents read from the database, in one place: the clinic, the patient, a visit with its
// findings, a practitioner as documents name them, and the names of a pack's indicators.

/** A practitioner as documents name them: the name as signed (or the display name), credentials, email. */
export const practitionerOf = (user: User | undefined): PractitionerSnapshot | null =>
  user === undefined
    ? null
    : {
        userId: user.id,
        email: user.email,
        nameAsSigned: user.profile.nameAsSigned.trim() === '' ? user.displayName : user.profile.nameAsSigned,
        degree: user.profile.degree,
        licenceNumber: user.profile.licenceNumber,
        licenceState: user.profile.licenceState,
        npi: user.profile.npi,
      };

export async function practitionerById(
  db: Kysely<Database>,
  clinicId: string,
  userId: string,
): Promise<PractitionerSnapshot | null> {
  return practitionerOf(await userRepository.findById(db, clinicId, userId));
}

/** The clinic as documents print it: its name, address, phone and time zone. */
export async function clinicOf(db: Kysely<Database>, clinicId: string): Promise<ClinicSnapshot> {
  return (await clinicWithLanguage(db, clinicId)).clinic;
}

/** The clinic as a document prints it, and the clinical record's language, from one read. */
export async function clinicWithLanguage(
  db: Kysely<Database>,
  clinicId: string,
): Promise<{ readonly clinic: ClinicSnapshot; readonly language: Language }> {
  const { name, address, phone, timeZone, language } = await loadClinic(db, clinicId);
  return { clinic: { name, address, phone, timeZone }, language };
}

export async function patientOf(db: Kysely<Database>, clinicId: string, patientId: string) {
  const patient = await patientRepository.findById(db, clinicId, patientId);
  if (patient === undefined) throw notFound();
  return patient;
}

/** The names of a pack's indicators and screen items (red flags, contraindications), by id. */
export function packNames(pack: ProtocolPack): ReadonlyMap<string, string> {
  return new Map<string, string>([
    ...pack.indicators.map((i) => [i.id, i.name] as const),
    ...pack.redFlags.map((f) => [f.id, f.name] as const),
    ...pack.contraindications.map((c) => [c.id, c.name] as const),
  ]);
}

const asciiStem = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();

/**
 * A file-name stem for a patient's document: their name in ASCII ("Zoë O'Neil" → "zoe-o-neil"), or
 * the chart number where the name has no Latin letters ("山田 花子" → "sot-1042"), since a download's
 * file name travels in an ASCII header.
 */
export const fileStem = (patient: { readonly name: string; readonly chartNumber: string }): string =>
  asciiStem(patient.name) || asciiStem(patient.chartNumber);
