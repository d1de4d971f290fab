import type { Compilable, CompiledQuery, Kysely } from 'kysely';
import type { Database } from './database';

/**
 * A hot query built and compiled once per database dialect, then run with each call's values: building
 * a query with Kysely (parsing references, freezing nodes, visiting them into SQL) cost as much as
 * running it on SQLite for the session lookup every request makes. `build` receives one placeholder
 * per value and must use each exactly as the value (in a `where`, a `set`, a `values`); its other
 * parameters stay as compiled. The same SQL text each time also keeps SQLite's statement cache warm.
 */
export function compiledOnce<R, V extends readonly unknown[]>(
  build: (db: Kysely<Database>, ...values: { [K in keyof V]: V[K] }) => Compilable<R>,
): (db: Kysely<Database>, ...values: V) => Promise<R[]> {
  // Keyed by the dialect's adapter, which a Kysely instance shares with its transactions.
  const compiled = new WeakMap<object, { query: CompiledQuery<R>; slots: (number | undefined)[] }>();
  return async (db, ...values) => {
    const executor = db.getExecutor();
    let entry = compiled.get(executor.adapter);
    if (entry === undefined) {
      const placeholders = values.map((_, i) => `\u0000compiled-query-value-${i}`);
      const query = build(db, ...(placeholders as unknown as V)).compile();
      const slots = query.parameters.map((p) => {
        const i = placeholders.indexOf(p as string);
        return i < 0 ? undefined : i;
      });
      if (slots.filter((s) => s !== undefined).length !== values.length) {
        throw new Error(`compiledOnce: the query does not use each of its ${values.length} values once`);
      }
      entry = { query, slots };
      compiled.set(executor.adapter, entry);
    }
    const { query, slots } = entry;
    const parameters = query.parameters.map((p, i) => {
      const slot = slots[i];
      return slot === undefined ? p : values[slot];
    });
    return (await db.executeQuery<R>({ ...query, parameters })).rows;
  };
}
