import { PostgresAdapter, type ColumnDefinitionBuilder, type Kysely } from 'kysely';
import type { DialectName } from './connect';

/**
 * Column helpers shared by every migration, so one file runs on SQLite and PostgreSQL alike:
 * ids are text (UUIDv7), times are UTC ISO-8601 text, booleans 0/1 integers, structured values JSON text.
 */
export const required = (c: ColumnDefinitionBuilder): ColumnDefinitionBuilder => c.notNull();
export const versioned = (c: ColumnDefinitionBuilder): ColumnDefinitionBuilder => c.notNull().defaultTo(1);
export const flag = (c: ColumnDefinitionBuilder): ColumnDefinitionBuilder => c.notNull().defaultTo(0);
export const jsonText =
  (fallback: string) =>
  (c: ColumnDefinitionBuilder): ColumnDefinitionBuilder =>
    c.notNull().defaultTo(fallback);
export const clinicRef = (c: ColumnDefinitionBuilder): ColumnDefinitionBuilder =>
  c.notNull().references('clinic.id');

/**
 * The column type of raw bytes (a rendered PDF): `blob` on SQLite, `bytea` on PostgreSQL. Both drivers
 * take a Buffer on insert and give one back on select (better-sqlite3 for BLOB, pg for bytea).
 */
export const binaryType = (db: Kysely<unknown>): 'blob' | 'bytea' =>
  db.getExecutor().adapter instanceof PostgresAdapter ? 'bytea' : 'blob';

/** Which database a Kysely instance talks to, for the few statements the two dialects write differently. */
export const dialectOf = <T>(db: Kysely<T>): DialectName =>
  db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
