import type { Database as SqliteDatabase, Statement } from 'better-sqlite3';
import type { SqliteDatabase as KyselySqliteDatabase } from 'kysely';

/** Distinct SQL texts kept compiled; the app runs a few hundred, bulk inserts add one per row count. */
const capacity = 500;

/**
 * Kysely asks better-sqlite3 to prepare every query it runs, and compiling the SQL text is a large
 * share of a short request's time. This keeps each compiled statement for reuse, least recently used
 * out first. A statement still being iterated (a streamed query) is busy, so a second one is prepared
 * beside it rather than shared.
 */
export function withStatementCache(database: SqliteDatabase): KyselySqliteDatabase {
  const cache = new Map<string, Statement>();
  return {
    close: () => database.close(),
    prepare(sql) {
      const cached = cache.get(sql);
      if (cached !== undefined && !cached.busy) {
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const statement = database.prepare(sql);
      if (cached === undefined) {
        cache.set(sql, statement);
        if (cache.size > capacity) cache.delete(cache.keys().next().value as string);
      }
      return statement;
    },
  };
}
