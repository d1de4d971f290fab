import { sql } from 'kysely';
import type { DatabaseHandle } from '@sotchart/server/db/connect';

/**
 * The database's own consistency checks; an empty list means it passed. SQLite: `integrity_check`
 * (every page, index and constraint) and `foreign_key_check`. PostgreSQL: amcheck's `verify_heapam` on
 * every table and `bt_index_check` (with every heap tuple looked up) on every B-tree index.
 */
export async function integrityProblems(handle: DatabaseHandle): Promise<string[]> {
  const problems: string[] = [];
  if (handle.dialect === 'sqlite') {
    const integrity = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(handle.db);
    for (const row of integrity.rows) if (row.integrity_check !== 'ok') problems.push(row.integrity_check);
    const foreign = await sql<Record<string, unknown>>`pragma foreign_key_check`.execute(handle.db);
    for (const row of foreign.rows) problems.push(`foreign key: ${JSON.stringify(row)}`);
    return problems;
  }
  await sql`create extension if not exists amcheck`.execute(handle.db);
  const tables = await sql<{ relname: string }>`
    select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind = 'r'`.execute(handle.db);
  for (const { relname } of tables.rows) {
    const heap = await sql<{ blkno: number; msg: string }>`
      select blkno, msg from verify_heapam(${relname}::regclass)`.execute(handle.db);
    for (const row of heap.rows) problems.push(`${relname} block ${row.blkno}: ${row.msg}`);
  }
  const indexes = await sql<{ oid: number; relname: string }>`
    select c.oid, c.relname from pg_index i
    join pg_class c on c.oid = i.indexrelid
    join pg_namespace n on n.oid = c.relnamespace
    join pg_am a on a.oid = c.relam
    where n.nspname = 'public' and a.amname = 'btree'`.execute(handle.db);
  for (const index of indexes.rows) {
    try {
      await sql`select bt_index_check(${index.oid}::regclass, true)`.execute(handle.db);
    } catch (error) {
      problems.push(`index ${index.relname}: ${(error as Error).message}`);
    }
  }
  return problems;
}
