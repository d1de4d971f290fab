import type { Kysely } from 'kysely';
import type { Database } from '../database';

export interface ThrottleState {
  readonly failures: number;
  readonly nextAllowedAt: string;
  readonly lastAttemptAt: string;
}

export const loginThrottleRepository = {
  async find(db: Kysely<Database>, key: string): Promise<ThrottleState | undefined> {
    const row = await db.selectFrom('login_throttle').selectAll().where('key', '=', key).executeTakeFirst();
    return row === undefined
      ? undefined
      : { failures: row.failures, nextAllowedAt: row.next_allowed_at, lastAttemptAt: row.last_attempt_at };
  },

  /** Inserts the key's first state; false when another request inserted it first. */
  async insertIfAbsent(db: Kysely<Database>, key: string, next: ThrottleState): Promise<boolean> {
    const result = await db
      .insertInto('login_throttle')
      .values({
        key,
        failures: next.failures,
        next_allowed_at: next.nextAllowedAt,
        last_attempt_at: next.lastAttemptAt,
      })
      .onConflict((oc) => oc.column('key').doNothing())
      .executeTakeFirst();
    return result.numInsertedOrUpdatedRows === 1n;
  },

  /** Moves the key from `seen` to `next`; false when another request changed it in between. */
  async replace(
    db: Kysely<Database>,
    key: string,
    seen: ThrottleState,
    next: ThrottleState,
  ): Promise<boolean> {
    const result = await db
      .updateTable('login_throttle')
      .set({
        failures: next.failures,
        next_allowed_at: next.nextAllowedAt,
        last_attempt_at: next.lastAttemptAt,
      })
      .where('key', '=', key)
      .where('failures', '=', seen.failures)
      .where('last_attempt_at', '=', seen.lastAttemptAt)
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  },

  async decrement(db: Kysely<Database>, key: string): Promise<void> {
    await db
      .updateTable('login_throttle')
      .set((eb) => ({ failures: eb('failures', '-', 1) }))
      .where('key', '=', key)
      .where('failures', '>', 0)
      .execute();
  },

  /** Forgets keys whose last attempt was at or before `before`: they would start afresh anyway. */
  async deleteIdleSince(db: Kysely<Database>, before: string): Promise<void> {
    await db.deleteFrom('login_throttle').where('last_attempt_at', '<=', before).execute();
  },

  async delete(db: Kysely<Database>, key: string): Promise<void> {
    await db.deleteFrom('login_throttle').where('key', '=', key).execute();
  },
};
