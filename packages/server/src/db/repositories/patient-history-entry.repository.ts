import type { ImportedHistoryEntry } from '@sotchart/contract';
import type { Kysely, Selectable } from 'kysely';
import type { Database, PatientHistoryEntryTable } from '../database';
import { fromJson, toJson } from '../json';

/** A stored history entry with the resource it came from. */
export type StoredHistoryEntry = ImportedHistoryEntry & {
  readonly patientId: string;
  readonly resource: Record<string, unknown>;
};

type Row = Selectable<PatientHistoryEntryTable>;

const toEntry = (r: Row): StoredHistoryEntry => ({
  id: r.id,
  patientId: r.patient_id,
  resourceType: r.resource_type,
  codeSystem: r.code_system,
  code: r.code,
  display: r.display,
  status: r.status,
  startDate: r.start_date,
  endDate: r.end_date,
  value: r.value,
  sourceSystem: r.source_system,
  sourceId: r.source_id,
  resource: fromJson<Record<string, unknown>>(r.resource),
});

const toRow = (clinicId: string, e: StoredHistoryEntry) => ({
  patient_id: e.patientId,
  resource_type: e.resourceType,
  code_system: e.codeSystem,
  code: e.code,
  display: e.display,
  status: e.status,
  start_date: e.startDate,
  end_date: e.endDate,
  value: e.value,
  source_system: e.sourceSystem,
  source_id: e.sourceId,
  resource: toJson(e.resource),
  clinic_id: clinicId,
});

/** Imported history entries: one per source resource and clinic (docs/interop.md). */
export const patientHistoryEntryRepository = {
  /** The entry imported from this source resource before, if any. */
  async findBySource(
    db: Kysely<Database>,
    clinicId: string,
    resourceType: string,
    sourceSystem: string,
    sourceId: string,
  ): Promise<StoredHistoryEntry | undefined> {
    const row = await db
      .selectFrom('patient_history_entry')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('resource_type', '=', resourceType)
      .where('source_system', '=', sourceSystem)
      .where('source_id', '=', sourceId)
      .executeTakeFirst();
    return row === undefined ? undefined : toEntry(row);
  },

  /** Whether the clinic has an entry of this id (its own entry, coming back in its own export). */
  async exists(db: Kysely<Database>, clinicId: string, id: string): Promise<boolean> {
    const row = await db
      .selectFrom('patient_history_entry')
      .select('id')
      .where('clinic_id', '=', clinicId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row !== undefined;
  },

  /** A patient's entries, oldest first (undated last). */
  async listByPatient(
    db: Kysely<Database>,
    clinicId: string,
    patientId: string,
  ): Promise<StoredHistoryEntry[]> {
    const rows = await db
      .selectFrom('patient_history_entry')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('patient_id', '=', patientId)
      .orderBy('start_date')
      .orderBy('id')
      .execute();
    return rows.map(toEntry);
  },

  async insert(db: Kysely<Database>, clinicId: string, entry: StoredHistoryEntry, at: string): Promise<void> {
    await db
      .insertInto('patient_history_entry')
      .values({ ...toRow(clinicId, entry), id: entry.id, created_at: at })
      .execute();
  },

  /** Replaces what a later import of the same source resource says. */
  async update(db: Kysely<Database>, clinicId: string, entry: StoredHistoryEntry): Promise<void> {
    await db
      .updateTable('patient_history_entry')
      .set(toRow(clinicId, entry))
      .where('clinic_id', '=', clinicId)
      .where('id', '=', entry.id)
      .execute();
  },
};
