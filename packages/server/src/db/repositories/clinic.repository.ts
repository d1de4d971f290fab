import type { Clinic, TaxIdType } from '@sotchart/contract';
import type { Kysely } from 'kysely';
import type { Database } from '../database';
import { fromFlag } from '../json';
import { storedClinicLanguage } from '../stored-language';

const billingColumns = (c: Clinic) => ({
  country: c.country,
  tax_id: c.taxId,
  tax_id_type: c.taxIdType,
  billing_npi: c.billingNpi,
  place_of_service: c.placeOfService,
});

export const clinicRepository = {
  /** Every clinic's id, name and demo flag, oldest first: what a CLI command may choose from. */
  async listChoices(db: Kysely<Database>): Promise<{ id: string; name: string; isDemo: boolean }[]> {
    const rows = await db
      .selectFrom('clinic')
      .select(['id', 'name', 'is_demo'])
      .orderBy('created_at')
      .execute();
    return rows.map((r) => ({ id: r.id, name: r.name, isDemo: r.is_demo === 1 }));
  },

  /** Every clinic's id, for work that runs over all of them (backfills, audit verification). */
  async listIds(db: Kysely<Database>): Promise<string[]> {
    const rows = await db.selectFrom('clinic').select('id').orderBy('id').execute();
    return rows.map((r) => r.id);
  },

  async findById(db: Kysely<Database>, clinicId: string): Promise<Clinic | undefined> {
    const row = await db.selectFrom('clinic').selectAll().where('id', '=', clinicId).executeTakeFirst();
    return row === undefined
      ? undefined
      : {
          id: row.id,
          name: row.name,
          address: row.address,
          phone: row.phone,
          timeZone: row.time_zone,
          language: storedClinicLanguage(row.language),
          isDemo: fromFlag(row.is_demo),
          country: row.country,
          taxId: row.tax_id,
          taxIdType: row.tax_id_type as TaxIdType,
          billingNpi: row.billing_npi,
          placeOfService: row.place_of_service,
          version: row.version,
        };
  },

  async insert(db: Kysely<Database>, clinic: Clinic, at: string): Promise<void> {
    await db
      .insertInto('clinic')
      .values({
        id: clinic.id,
        name: clinic.name,
        address: clinic.address,
        phone: clinic.phone,
        time_zone: clinic.timeZone,
        language: clinic.language,
        is_demo: clinic.isDemo ? 1 : 0,
        ...billingColumns(clinic),
        created_at: at,
        updated_at: at,
        version: clinic.version,
      })
      .execute();
  },

  async update(db: Kysely<Database>, next: Clinic, expectedVersion: number, at: string): Promise<boolean> {
    const result = await db
      .updateTable('clinic')
      .set({
        name: next.name,
        address: next.address,
        phone: next.phone,
        time_zone: next.timeZone,
        language: next.language,
        ...billingColumns(next),
        version: next.version,
        updated_at: at,
      })
      .where('id', '=', next.id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  },
};
