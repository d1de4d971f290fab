import type { Role } from '@sotchart/contract';
import type { Kysely } from 'kysely';
import type { Database } from '../database';
import { compiledOnce } from '../compiled-query';
import { fromFlag } from '../json';

export interface NewSession {
  readonly id: string;
  readonly tokenHash: string;
  readonly userId: string;
  readonly clinicId: string;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly ip: string;
}

/** A stored session with the user it belongs to, as the session hook needs it on every request. */
export interface SessionRecord {
  readonly id: string;
  readonly userId: string;
  readonly clinicId: string;
  readonly role: Role;
  readonly active: boolean;
  readonly mustChangePassword: boolean;
  readonly lastSeenAt: string;
  readonly expiresAt: string;
}

/** The lookup every signed-in request makes: compiled once (see `compiledOnce`). */
const findByTokenHash = compiledOnce((db, tokenHash: string) =>
  db
    .selectFrom('session')
    .innerJoin('app_user', 'app_user.id', 'session.user_id')
    .select([
      'session.id',
      'session.user_id',
      'session.clinic_id',
      'session.last_seen_at',
      'session.expires_at',
      'app_user.role',
      'app_user.active',
      'app_user.must_change_password',
    ])
    .where('session.token_hash', '=', tokenHash),
);

const touch = compiledOnce((db, at: string, id: string) =>
  db.updateTable('session').set({ last_seen_at: at }).where('id', '=', id),
);

export const sessionRepository = {
  async insert(db: Kysely<Database>, session: NewSession): Promise<void> {
    await db
      .insertInto('session')
      .values({
        id: session.id,
        token_hash: session.tokenHash,
        user_id: session.userId,
        clinic_id: session.clinicId,
        created_at: session.createdAt,
        last_seen_at: session.createdAt,
        expires_at: session.expiresAt,
        ip: session.ip,
      })
      .execute();
  },

  async findByTokenHash(db: Kysely<Database>, tokenHash: string): Promise<SessionRecord | undefined> {
    const row = (await findByTokenHash(db, tokenHash))[0];
    return row === undefined
      ? undefined
      : {
          id: row.id,
          userId: row.user_id,
          clinicId: row.clinic_id,
          role: row.role as Role,
          active: fromFlag(row.active),
          mustChangePassword: fromFlag(row.must_change_password),
          lastSeenAt: row.last_seen_at,
          expiresAt: row.expires_at,
        };
  },

  async touch(db: Kysely<Database>, id: string, at: string): Promise<void> {
    await touch(db, at, id);
  },

  async delete(db: Kysely<Database>, id: string): Promise<void> {
    await db.deleteFrom('session').where('id', '=', id).execute();
  },

  async deleteByTokenHash(db: Kysely<Database>, tokenHash: string): Promise<void> {
    await db.deleteFrom('session').where('token_hash', '=', tokenHash).execute();
  },

  /** Ends every session of a user, or every one but `exceptId`. */
  async deleteForUser(db: Kysely<Database>, userId: string, exceptId: string | null = null): Promise<number> {
    const result = await db
      .deleteFrom('session')
      .where('user_id', '=', userId)
      .$if(exceptId !== null, (q) => q.where('id', '!=', exceptId as string))
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  },

  /** Removes sessions past their absolute end or idle since before `idleBefore`. */
  async deleteExpired(db: Kysely<Database>, now: string, idleBefore: string): Promise<number> {
    const result = await db
      .deleteFrom('session')
      .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<=', idleBefore)]))
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  },
};
