import type { Generated } from 'kysely';

/**
 * Row types of every table, as stored. Times are UTC ISO-8601 text, booleans are 0/1 integers and
 * structured values are JSON text, so one schema serves SQLite and PostgreSQL alike.
 * Only repositories see these shapes; they convert rows to domain values.
 */
export interface ClinicTable {
  id: string;
  name: string;
  time_zone: string;
  address: string;
  is_demo: number;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface Database {
  clinic: ClinicTable;
}
