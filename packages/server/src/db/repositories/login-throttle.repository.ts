import type { Kysely } from 'kysely';
import type { DialectName } from '../connect';
import type { Database } from '../database';

export interface ThrottleState {
  readonly failures: number;
  readonly nextAllowedAt: string;
  readonly lastAttemptAt: string;
}

type Row = Database['login_throttle'];

const stateOf = (row: Pick<Row, 'failures' | 'next_allowed_at' | 'last_attempt_at'>): ThrottleState => ({
  failures: row.failures,
  nextAllowedAt: row.next_allowed_at,
  lastAttemptAt: row.last_attempt_at,
});

export const loginThrottleRepository = {
  async find(db: Kysely<Database>, key: string): Promise<ThrottleState | undefined> {
    const row = await db.selectFrom('login_throttle').selectAll().where('key', '=', key).executeTakeFirst();
    return row === undefined ? undefined : stateOf(row);
  },

  /** Inserts the key with no failures unless it exists, so there is a row for `lock` to hold. */
  async insertIfAbsent(db: Kysely<Database>, key: string, now: string): Promise<void> {
    await db
      .insertInto('login_throttle')
      .values({ key, failures: 0, next_allowed_at: now, last_attempt_at: now })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
  },

  /**
   * The keys' states, locked until the transaction ends on PostgreSQL (in key order, so two attempts
   * never deadlock); SQLite's write lock already covers them.
   */
  async lock(
    db: Kysely<Database>,
    dialect: DialectName,
    keys: readonly string[],
  ): Promise<Map<string, ThrottleState>> {
    const rows = await db
      .selectFrom('login_throttle')
      .selectAll()
      .where('key', 'in', keys)
      .orderBy('key')
      .$if(dialect === 'postgres', (q) => q.forUpdate())
      .execute();
    return new Map(rows.map((row) => [row.key, stateOf(row)]));
  },

  async save(db: Kysely<Database>, key: string, next: ThrottleState): Promise<void> {
    await db
      .updateTable('login_throttle')
      .set({
        failures: next.failures,
        next_allowed_at: next.nextAllowedAt,
        last_attempt_at: next.lastAttemptAt,
      })
      .where('key', '=', key)
      .execute();
  },

  /**
   * Forgets keys whose last attempt was at or before `before`: they would start afresh anyway. On
   * PostgreSQL it passes over keys an attempt holds locked rather than wait for them.
   */
  async deleteIdleSince(db: Kysely<Database>, dialect: DialectName, before: string): Promise<void> {
    await db
      .deleteFrom('login_throttle')
      .where('key', 'in', (eb) =>
        eb
          .selectFrom('login_throttle')
          .select('key')
          .where('last_attempt_at', '<=', before)
          .$if(dialect === 'postgres', (q) => q.forUpdate().skipLocked()),
      )
      .execute();
  },

  async delete(db: Kysely<Database>, key: string): Promise<void> {
    await db.deleteFrom('login_throttle').where('key', '=', key).execute();
  },
};
