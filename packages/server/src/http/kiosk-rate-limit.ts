import { KioskTokenSchema } from '@sotchart/contract';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors';
import { RateLimiter, type RateLimit } from './rate-limiter';

/** How often the public kiosk routes may be called, per client address and per link token. */
export interface KioskRateLimits {
  readonly perAddress: RateLimit;
  readonly perToken: RateLimit;
}

/**
 * A tablet opens a form once and submits it once or a few times (a rejected answer is corrected and
 * sent again); a clinic's tablets share one address. These leave room for that and stop a client that
 * hammers the routes.
 */
export const defaultKioskRateLimits: KioskRateLimits = {
  perAddress: { limit: 60, windowSeconds: 60 },
  perToken: { limit: 10, windowSeconds: 60 },
};

export interface KioskRateLimitHooks {
  /** Counts the request against its address before the body is read. */
  onRequest(request: FastifyRequest): Promise<void>;
  /** Counts it against the token in its body, once parsed. */
  preValidation(request: FastifyRequest): Promise<void>;
}

const refused = (retryAfterSeconds: number): AppError =>
  new AppError('RATE_LIMITED', {
    message: 'Too many requests from this kiosk; wait and try again.',
    retryAfterSeconds,
  });

/**
 * The rate limit of the public kiosk routes (and of nothing else): 429 RATE_LIMITED with Retry-After
 * once an address or a token is over its limit. The counts live in this process's memory.
 */
export function kioskRateLimit(
  limits: Partial<KioskRateLimits> | undefined,
  clock: () => Date,
): KioskRateLimitHooks {
  const byAddress = new RateLimiter(limits?.perAddress ?? defaultKioskRateLimits.perAddress, clock);
  const byToken = new RateLimiter(limits?.perToken ?? defaultKioskRateLimits.perToken, clock);
  return {
    onRequest: (request) => {
      const wait = byAddress.hit(request.ip);
      return wait === undefined ? Promise.resolve() : Promise.reject(refused(wait));
    },
    preValidation: (request) => {
      const token = (request.body as { token?: unknown } | null | undefined)?.token;
      // Only a well-formed token is counted: anything else is refused by the schema, and cannot grow the map.
      if (!KioskTokenSchema.safeParse(token).success) return Promise.resolve();
      const wait = byToken.hit(token as string);
      return wait === undefined ? Promise.resolve() : Promise.reject(refused(wait));
    },
  };
}
