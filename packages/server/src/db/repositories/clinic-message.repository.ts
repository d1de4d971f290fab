import type { ClinicMessage, ClinicMessageRef } from '@sotchart/contract';
import type { Namespace, ReviewStatus } from '@sotchart/i18n';
import type { Kysely, Selectable } from 'kysely';
import type { ClinicMessageTable, Database } from '../database';

type Row = Selectable<ClinicMessageTable>;

function toMessage(row: Row): ClinicMessage {
  return {
    namespace: row.namespace as Namespace,
    key: row.message_key,
    text: row.text,
    status: row.status as ReviewStatus,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

/** The clinic's own wording of the app's messages, per language. */
export const clinicMessageRepository = {
  async list(
    db: Kysely<Database>,
    clinicId: string,
    filter: { language: string; namespace?: string | undefined; approvedOnly: boolean },
  ): Promise<ClinicMessage[]> {
    const rows = await db
      .selectFrom('clinic_message')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('language', '=', filter.language)
      .$if(filter.namespace !== undefined, (q) => q.where('namespace', '=', filter.namespace!))
      .$if(filter.approvedOnly, (q) => q.where('status', '=', 'clinician-reviewed'))
      .orderBy('namespace')
      .orderBy('message_key')
      .execute();
    return rows.map(toMessage);
  },

  async find(
    db: Kysely<Database>,
    clinicId: string,
    ref: ClinicMessageRef,
  ): Promise<ClinicMessage | undefined> {
    const row = await db
      .selectFrom('clinic_message')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('language', '=', ref.language)
      .where('namespace', '=', ref.namespace)
      .where('message_key', '=', ref.key)
      .executeTakeFirst();
    return row === undefined ? undefined : toMessage(row);
  },

  /** Writes the message (a new row, or the next version of the stored one). */
  async put(
    db: Kysely<Database>,
    clinicId: string,
    ref: ClinicMessageRef,
    value: { text: string; status: ReviewStatus; updatedBy: string; updatedAt: string },
  ): Promise<void> {
    const columns = {
      text: value.text,
      status: value.status,
      updated_by: value.updatedBy,
      updated_at: value.updatedAt,
    };
    await db
      .insertInto('clinic_message')
      .values({
        clinic_id: clinicId,
        language: ref.language,
        namespace: ref.namespace,
        message_key: ref.key,
        ...columns,
        version: 1,
      })
      .onConflict((oc) =>
        oc
          .columns(['clinic_id', 'language', 'namespace', 'message_key'])
          .doUpdateSet((eb) => ({ ...columns, version: eb(eb.ref('clinic_message.version'), '+', 1) })),
      )
      .execute();
  },

  async remove(db: Kysely<Database>, clinicId: string, ref: ClinicMessageRef): Promise<boolean> {
    const result = await db
      .deleteFrom('clinic_message')
      .where('clinic_id', '=', clinicId)
      .where('language', '=', ref.language)
      .where('namespace', '=', ref.namespace)
      .where('message_key', '=', ref.key)
      .executeTakeFirst();
    return result.numDeletedRows > 0n;
  },
};
