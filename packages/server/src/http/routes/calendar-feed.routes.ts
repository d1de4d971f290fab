import { CalendarFeedSchema } from '@sotchart/contract';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { contextOf } from '../../auth/request-context';
import { AppError } from '../../errors';
import { calendarFeedService, isFeedToken } from '../../services/calendar-feed.service';
import type { ServiceDeps } from '../../services/service-deps';
import { defaultKioskRateLimits, type KioskRateLimits } from '../kiosk-rate-limit';
import { RateLimiter } from '../rate-limiter';
import { defineRoute } from '../route';

export interface CalendarFeedRouteOptions {
  /** The address the server is reached at (PUBLIC_URL), read per feed: the demo start learns it late. */
  readonly publicUrl: () => string | undefined;
  /** The feed's limits per address and per token; unset fields take the kiosk's defaults. */
  readonly rateLimit?: Partial<KioskRateLimits> | undefined;
}

/** The base of a feed's address: the configured public address, never the request's Host header. */
function feedBase(publicUrl: string | undefined): string {
  if (publicUrl !== undefined) return publicUrl.replace(/\/+$/, '');
  throw new AppError('VALIDATION_FAILED', {
    message:
      'A calendar feed needs the address phones use to reach this server: set PUBLIC_URL and restart it.',
    details: [{ path: 'PUBLIC_URL', message: 'is not set on the server' }],
  });
}

const refused = (retryAfterSeconds: number): AppError =>
  new AppError('RATE_LIMITED', {
    message: 'Too many calendar feed requests; wait and try again.',
    retryAfterSeconds,
  });

/** The token is the path's only secret: a bounded string, checked for its form by the service. */
const FeedParamsSchema = z.object({ token: z.string().max(100) });

/**
 * A practitioner's private calendar feed: `/api/me/calendar-feed` shows, makes and revokes it; the
 * public `/calendar/<token>.ics` answers it as iCalendar to a phone's calendar, rate-limited per
 * address and per token like the kiosk's public routes (a calendar app polls every few minutes at
 * most). The request log prints that path with the token redacted (`http/secret-paths.ts`).
 */
export function calendarFeedRoutes(
  app: FastifyInstance,
  deps: ServiceDeps,
  options: CalendarFeedRouteOptions,
): void {
  const byAddress = new RateLimiter(
    options.rateLimit?.perAddress ?? defaultKioskRateLimits.perAddress,
    deps.clock,
  );
  const byToken = new RateLimiter(options.rateLimit?.perToken ?? defaultKioskRateLimits.perToken, deps.clock);
  const limit = (limiter: RateLimiter, key: string): Promise<void> => {
    const wait = limiter.hit(key);
    return wait === undefined ? Promise.resolve() : Promise.reject(refused(wait));
  };

  defineRoute(app, {
    method: 'GET',
    url: '/api/me/calendar-feed',
    permission: 'signedIn',
    schema: { summary: 'Whether you have a calendar feed, and since when', response: CalendarFeedSchema },
    handler: (request) => calendarFeedService.get(deps, contextOf(request)),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/me/calendar-feed',
    // The users the appointment book can book: owners and practitioners.
    permission: 'clinicalWrite',
    schema: {
      summary: 'Make a new private calendar feed address (shown once) and end any earlier one',
      response: CalendarFeedSchema,
      status: 201,
    },
    handler: (request) => calendarFeedService.create(deps, contextOf(request), feedBase(options.publicUrl())),
  });
  defineRoute(app, {
    method: 'DELETE',
    url: '/api/me/calendar-feed',
    permission: 'signedIn',
    schema: { summary: 'End your calendar feed: its address answers 404 from now on', status: 204 },
    handler: async (request) => {
      await calendarFeedService.revoke(deps, contextOf(request));
    },
  });
  defineRoute(app, {
    method: 'GET',
    url: '/calendar/:token.ics',
    permission: 'public',
    onRequest: (request) => limit(byAddress, request.ip),
    preValidation: (request) => {
      const { token } = request.params as { token?: unknown };
      // Only a token of the right form is counted, so junk cannot grow the limiter's map.
      return isFeedToken(token) ? limit(byToken, token) : Promise.resolve();
    },
    schema: {
      summary: "A practitioner's appointments as iCalendar (times, type and room only), by its secret token",
      params: FeedParamsSchema,
      file: 'text/calendar',
    },
    handler: async (request, reply, { params }) => {
      const text = await calendarFeedService.read(
        deps,
        { requestId: request.id, ip: request.ip },
        params.token,
      );
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('cache-control', 'private, max-age=300')
        .send(text);
    },
  });
}
