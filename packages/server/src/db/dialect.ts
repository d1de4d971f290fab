import type { ColumnDefinitionBuilder } from 'kysely';

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
