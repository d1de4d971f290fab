import type { Consent, Imaging } from '@sotchart/contract';
import type { Kysely } from 'kysely';
import type { Database } from '../database';
import { fromFlag, fromJson, toFlag, toJson } from '../json';

/** Consents and imaging studies: append-only records attached to a patient. */
export const patientRecordRepository = {
  async insertConsent(db: Kysely<Database>, clinicId: string, c: Consent, actorId: string): Promise<void> {
    await db
      .insertInto('consent')
      .values({
        id: c.id,
        clinic_id: clinicId,
        patient_id: c.patientId,
        type: c.type,
        date: c.date,
        signed_by: c.signedBy,
        note: c.note,
        created_at: c.createdAt,
        created_by: actorId,
      })
      .execute();
  },

  async listConsents(db: Kysely<Database>, clinicId: string, patientId: string): Promise<Consent[]> {
    const rows = await db
      .selectFrom('consent')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('patient_id', '=', patientId)
      .orderBy('date', 'desc')
      .orderBy('id', 'desc')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      patientId: r.patient_id,
      type: r.type as Consent['type'],
      date: r.date,
      signedBy: r.signed_by,
      note: r.note,
      createdAt: r.created_at,
    }));
  },

  async insertImaging(db: Kysely<Database>, clinicId: string, i: Imaging, actorId: string): Promise<void> {
    await db
      .insertInto('imaging_study')
      .values({
        id: i.id,
        clinic_id: clinicId,
        patient_id: i.patientId,
        date: i.date,
        type: i.type,
        region: i.region,
        summary: i.summary,
        shows_subluxation: toFlag(i.showsSubluxation),
        subluxation_regions: toJson(i.subluxationRegions),
        created_at: i.createdAt,
        created_by: actorId,
      })
      .execute();
  },

  async listImaging(db: Kysely<Database>, clinicId: string, patientId: string): Promise<Imaging[]> {
    const rows = await db
      .selectFrom('imaging_study')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('patient_id', '=', patientId)
      .orderBy('date', 'desc')
      .orderBy('id', 'desc')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      patientId: r.patient_id,
      date: r.date,
      type: r.type as Imaging['type'],
      region: r.region,
      summary: r.summary,
      showsSubluxation: fromFlag(r.shows_subluxation),
      subluxationRegions: fromJson<Imaging['subluxationRegions']>(r.subluxation_regions),
      createdAt: r.created_at,
    }));
  },
};
