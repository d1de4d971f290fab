import type { Kysely } from 'kysely';
import type { Database } from '../database';
import { fromJson, toJson } from '../json';

export interface StoredOverride {
  readonly revision: number;
  readonly override: unknown;
}

/** The clinic's protocol override; every revision is kept so old packRefs stay resolvable. */
export const protocolRepository = {
  async latest(db: Kysely<Database>, clinicId: string): Promise<StoredOverride | undefined> {
    const row = await db
      .selectFrom('protocol_override')
      .select(['revision', 'override'])
      .where('clinic_id', '=', clinicId)
      .orderBy('revision', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row === undefined ? undefined : { revision: row.revision, override: fromJson(row.override) };
  },

  /** One revision of the clinic's override, as it was written. */
  async atRevision(
    db: Kysely<Database>,
    clinicId: string,
    revision: number,
  ): Promise<StoredOverride | undefined> {
    const row = await db
      .selectFrom('protocol_override')
      .select(['revision', 'override'])
      .where('clinic_id', '=', clinicId)
      .where('revision', '=', revision)
      .executeTakeFirst();
    return row === undefined ? undefined : { revision: row.revision, override: fromJson(row.override) };
  },

  /** Inserting an existing revision violates the primary key: two writers cannot both win. */
  async insert(
    db: Kysely<Database>,
    clinicId: string,
    revision: number,
    override: unknown,
    at: string,
    actorId: string,
  ): Promise<void> {
    await db
      .insertInto('protocol_override')
      .values({
        clinic_id: clinicId,
        revision,
        override: toJson(override),
        created_at: at,
        created_by: actorId,
      })
      .execute();
  },
};
