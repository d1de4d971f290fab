import { sql, type Kysely } from 'kysely';
import type { Database } from '../database';

export const healthRepository = {
  /** The smallest query the database can answer; it throws when the database does not. */
  async ping(db: Kysely<Database>): Promise<void> {
    await sql`select 1`.execute(db);
  },
};
