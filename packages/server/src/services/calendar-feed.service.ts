import { randomBytes } from 'node:crypto';
import type { CalendarFeed } from '@sotchart/contract';
import ical, { ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import type { RequestContext } from '../auth/request-context';
import { tokenHash } from '../auth/session-token';
import { epochMinute } from '../db/repositories/appointment.repository';
import { calendarFeedRepository, type FeedEvent } from '../db/repositories/calendar-feed.repository';
import { AppError, notFound } from '../errors';
import { loadBookablePractitioner } from './schedule-settings.service';
import { auditOf, type ServiceDeps } from './service-deps';

/** Who reads a feed: a calendar app with the token, no session (for the audit log). */
export interface FeedCaller {
  readonly requestId: string;
  readonly ip: string;
}

/** What the feed covers around now: the last month (to look back) and the next six months. */
export const feedDaysBack = 30;
export const feedDaysAhead = 180;

/** Whether `token` has a feed token's form: 256 random bits, base64url (43 characters). */
export const isFeedToken = (token: unknown): token is string =>
  typeof token === 'string' && /^[A-Za-z0-9_-]{43}$/.test(token);

/** The path a feed is read at; its token is the whole secret, so logs print it redacted. */
export const feedPath = (token: string): string => `/calendar/${token}.ics`;

const inactive: CalendarFeed = { active: false, createdAt: null, url: null };

/**
 * One appointment as a calendar event: its times (UTC), its type's name and its room. Nothing about
 * the patient: a phone's calendar syncs to services outside the clinic's control. A cancelled
 * appointment stays in, marked cancelled and not blocking time, so the practitioner sees the hour
 * come free (a feed that just drops it leaves some calendar apps showing the old event until they
 * next replace the whole calendar); a no-show stays as it was booked: the time was held.
 */
function eventOf(e: FeedEvent, stamp: Date) {
  const cancelled = e.status === 'cancelled';
  return {
    id: `${e.id}@sotchart`,
    start: new Date(e.startMinute * 60_000),
    end: new Date(e.endMinute * 60_000),
    summary: cancelled ? `${e.typeName} (cancelled)` : e.typeName,
    ...(e.roomName === null ? {} : { location: e.roomName }),
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    transparency: cancelled ? ICalEventTransparency.TRANSPARENT : ICalEventTransparency.OPAQUE,
    stamp,
    lastModified: new Date(e.updatedAt),
    sequence: e.version,
  };
}

/** The iCalendar text of a practitioner's events (RFC 5545). */
export function calendarText(events: readonly FeedEvent[], now: Date): string {
  const calendar = ical({
    name: 'SOT Chart appointments',
    prodId: { company: 'SOT Chart', product: 'Calendar feed', language: 'EN' },
    ttl: 300,
  });
  for (const e of events) calendar.createEvent(eventOf(e, now));
  return calendar.toString();
}

/**
 * A practitioner's private calendar feed: an address with a secret token their phone's calendar
 * subscribes to. Only the token's SHA-256 is stored, so the address is shown once, when made; making
 * a new one or revoking ends the old one.
 */
export const calendarFeedService = {
  async get(deps: ServiceDeps, ctx: RequestContext): Promise<CalendarFeed> {
    const feed = await calendarFeedRepository.findActive(deps.db, ctx.clinicId, ctx.userId);
    return feed === undefined ? inactive : { active: true, createdAt: feed.createdAt, url: null };
  },

  /** A new feed for the caller (`baseUrl`: the server's public address, no trailing slash). */
  async create(deps: ServiceDeps, ctx: RequestContext, baseUrl: string): Promise<CalendarFeed> {
    const token = randomBytes(32).toString('base64url');
    const createdAt = deps.clock().toISOString();
    await deps.db.transaction().execute(async (trx) => {
      await loadBookablePractitioner(trx, ctx.clinicId, ctx.userId).catch(() => {
        throw new AppError('FORBIDDEN', { message: 'Only practitioners who can be booked have a calendar.' });
      });
      const earlier = await calendarFeedRepository.findActive(trx, ctx.clinicId, ctx.userId);
      await calendarFeedRepository.revokeAll(trx, ctx.clinicId, ctx.userId, createdAt);
      const feed = { id: deps.newId(), clinicId: ctx.clinicId, userId: ctx.userId, createdAt };
      await calendarFeedRepository.insert(trx, feed, tokenHash(token));
      const ids = earlier === undefined ? [feed.id] : [feed.id, earlier.id];
      await deps.audit.within(trx, auditOf(ctx, 'create', 'calendar_feed', ids, null));
    });
    return { active: true, createdAt, url: `${baseUrl}${feedPath(token)}` };
  },

  /** Ends the caller's feed, if there is one: its address answers 404 from now on. */
  async revoke(deps: ServiceDeps, ctx: RequestContext): Promise<void> {
    await deps.db.transaction().execute(async (trx) => {
      const feed = await calendarFeedRepository.findActive(trx, ctx.clinicId, ctx.userId);
      if (feed === undefined) return;
      await calendarFeedRepository.revokeAll(trx, ctx.clinicId, ctx.userId, deps.clock().toISOString());
      await deps.audit.within(trx, auditOf(ctx, 'update', 'calendar_feed', [feed.id], null));
    });
  },

  /**
   * The feed a token opens, as iCalendar text: the practitioner's appointments from
   * {@link feedDaysBack} days ago to {@link feedDaysAhead} days ahead. A malformed, unknown or
   * revoked token, or one whose practitioner can no longer be booked, is NOT_FOUND. Each read is
   * audited, as the practitioner (their token), with no patient.
   */
  async read(deps: ServiceDeps, caller: FeedCaller, token: string): Promise<string> {
    if (!isFeedToken(token)) throw notFound();
    const feed = await calendarFeedRepository.findActiveByHash(deps.db, tokenHash(token));
    if (feed === undefined) throw notFound();
    await loadBookablePractitioner(deps.db, feed.clinicId, feed.userId);
    const now = deps.clock();
    const day = 86_400_000;
    const events = await calendarFeedRepository.events(
      deps.db,
      feed.clinicId,
      feed.userId,
      epochMinute(new Date(now.getTime() - feedDaysBack * day).toISOString()),
      epochMinute(new Date(now.getTime() + feedDaysAhead * day).toISOString()),
    );
    await deps.audit.record({
      clinicId: feed.clinicId,
      actorId: feed.userId,
      action: 'read',
      entityType: 'calendar_feed',
      entityIds: [feed.id],
      patientId: null,
      requestId: caller.requestId,
      ip: caller.ip,
    });
    return calendarText(events, now);
  },
};
