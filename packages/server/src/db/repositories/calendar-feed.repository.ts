import type { AppointmentStatus } from '@sotchart/contract';
import type { Kysely } from 'kysely';
import type { Database } from '../database';

/** A practitioner's live calendar feed: the token itself is never stored, only its SHA-256. */
export interface StoredCalendarFeed {
  readonly id: string;
  readonly clinicId: string;
  readonly userId: string;
  readonly createdAt: string;
}

/**
 * One appointment as the feed shows it. The query selects nothing else: no patient, episode, visit
 * or note column, so nothing about the patient can reach a phone's calendar by mistake.
 */
export interface FeedEvent {
  readonly id: string;
  readonly startMinute: number;
  readonly endMinute: number;
  readonly status: AppointmentStatus;
  readonly typeName: string;
  readonly roomName: string | null;
  readonly updatedAt: string;
  readonly version: number;
}

export const calendarFeedRepository = {
  async insert(db: Kysely<Database>, feed: StoredCalendarFeed, tokenHash: string): Promise<void> {
    await db
      .insertInto('calendar_feed')
      .values({
        id: feed.id,
        clinic_id: feed.clinicId,
        user_id: feed.userId,
        token_hash: tokenHash,
        created_at: feed.createdAt,
        revoked_at: null,
      })
      .execute();
  },

  /** The user's feed that is not revoked, if any. */
  async findActive(
    db: Kysely<Database>,
    clinicId: string,
    userId: string,
  ): Promise<StoredCalendarFeed | undefined> {
    const row = await db
      .selectFrom('calendar_feed')
      .select(['id', 'clinic_id', 'user_id', 'created_at'])
      .where('clinic_id', '=', clinicId)
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .orderBy('created_at', 'desc')
      .executeTakeFirst();
    return row === undefined
      ? undefined
      : { id: row.id, clinicId: row.clinic_id, userId: row.user_id, createdAt: row.created_at };
  },

  /** The feed a token opens (by its hash), unless revoked. */
  async findActiveByHash(db: Kysely<Database>, tokenHash: string): Promise<StoredCalendarFeed | undefined> {
    const row = await db
      .selectFrom('calendar_feed')
      .select(['id', 'clinic_id', 'user_id', 'created_at'])
      .where('token_hash', '=', tokenHash)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return row === undefined
      ? undefined
      : { id: row.id, clinicId: row.clinic_id, userId: row.user_id, createdAt: row.created_at };
  },

  /** Revokes every live feed of the user (there is at most one); how many were revoked. */
  async revokeAll(db: Kysely<Database>, clinicId: string, userId: string, at: string): Promise<number> {
    const result = await db
      .updateTable('calendar_feed')
      .set({ revoked_at: at })
      .where('clinic_id', '=', clinicId)
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  },

  /** A practitioner's appointments starting in [from, to) (epoch minutes), in start order. */
  async events(
    db: Kysely<Database>,
    clinicId: string,
    practitionerId: string,
    from: number,
    to: number,
  ): Promise<FeedEvent[]> {
    const rows = await db
      .selectFrom('appointment as a')
      .innerJoin('appointment_type as t', (j) =>
        j.onRef('t.id', '=', 'a.type_id').onRef('t.clinic_id', '=', 'a.clinic_id'),
      )
      .leftJoin('room as r', (j) =>
        j.onRef('r.id', '=', 'a.room_id').onRef('r.clinic_id', '=', 'a.clinic_id'),
      )
      .select([
        'a.id',
        'a.start_minute',
        'a.end_minute',
        'a.status',
        'a.updated_at',
        'a.version',
        't.name as type_name',
        'r.name as room_name',
      ])
      .where('a.clinic_id', '=', clinicId)
      .where('a.practitioner_id', '=', practitionerId)
      .where('a.start_minute', '>=', from)
      .where('a.start_minute', '<', to)
      .orderBy('a.start_minute')
      .orderBy('a.id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      startMinute: r.start_minute,
      endMinute: r.end_minute,
      status: r.status as AppointmentStatus,
      typeName: r.type_name,
      roomName: r.room_name,
      updatedAt: r.updated_at,
      version: r.version,
    }));
  },
};
