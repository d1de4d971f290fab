import type { Kysely } from 'kysely';
import type { Database } from '../database';

/** The clinic-scoped tables a route's `:id` may name. */
export type ClinicRowTable =
  | 'patient'
  | 'visit'
  | 'episode'
  | 'app_user'
  | 'kiosk_submission'
  | 'appointment'
  | 'appointment_type'
  | 'room';

export const clinicRowRepository = {
  /** Whether `id` names a row of `table` in the clinic. */
  async exists(db: Kysely<Database>, table: ClinicRowTable, clinicId: string, id: string): Promise<boolean> {
    const row = await db
      .selectFrom(table)
      .select('id')
      .where('clinic_id', '=', clinicId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row !== undefined;
  },
};
