import type { Episode } from '@sotchart/contract';
import type { Kysely, Selectable } from 'kysely';
import type { Database, EpisodeTable } from '../database';
import { fromJson, toJson } from '../json';

type Row = Selectable<EpisodeTable>;

function toEpisode(r: Row): Episode {
  return {
    id: r.id,
    patientId: r.patient_id,
    startDate: r.start_date,
    endDate: r.end_date,
    complaint: r.complaint,
    onset: r.onset as Episode['onset'],
    phase: r.phase as Episode['phase'],
    abnDate: r.abn_date,
    plan: fromJson(r.plan),
    diagnoses: fromJson(r.diagnoses),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
  };
}

function toRow(clinicId: string, e: Episode, actorId: string): Row {
  return {
    id: e.id,
    clinic_id: clinicId,
    patient_id: e.patientId,
    start_date: e.startDate,
    end_date: e.endDate,
    complaint: e.complaint,
    onset: e.onset,
    phase: e.phase,
    abn_date: e.abnDate,
    plan: toJson(e.plan),
    diagnoses: toJson(e.diagnoses),
    created_at: e.createdAt,
    updated_at: e.updatedAt,
    updated_by: actorId,
    version: e.version,
  };
}

export const episodeRepository = {
  async insert(db: Kysely<Database>, clinicId: string, e: Episode, actorId: string): Promise<void> {
    await db
      .insertInto('episode')
      .values(toRow(clinicId, e, actorId))
      .execute();
  },

  async findById(db: Kysely<Database>, clinicId: string, id: string): Promise<Episode | undefined> {
    const row = await db
      .selectFrom('episode')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined ? undefined : toEpisode(row);
  },

  async listByPatient(db: Kysely<Database>, clinicId: string, patientId: string): Promise<Episode[]> {
    const rows = await db
      .selectFrom('episode')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('patient_id', '=', patientId)
      .orderBy('start_date', 'desc')
      .orderBy('id', 'desc')
      .execute();
    return rows.map(toEpisode);
  },

  async update(
    db: Kysely<Database>,
    clinicId: string,
    next: Episode,
    expectedVersion: number,
    actorId: string,
  ): Promise<boolean> {
    const {
      id: _id,
      clinic_id: _c,
      patient_id: _p,
      created_at: _t,
      ...values
    } = toRow(clinicId, next, actorId);
    const result = await db
      .updateTable('episode')
      .set(values)
      .where('clinic_id', '=', clinicId)
      .where('id', '=', next.id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  },
};
