import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { loginThrottleRepository, type ThrottleState } from '../db/repositories/login-throttle.repository';
import { AppError } from '../errors';
import type { LoginLimitSettings } from './auth-settings';

/** One thing sign-in attempts are counted against: an account (by email) or an address. */
export interface ThrottleKey {
  readonly key: string;
  readonly freeFailures: number;
}

const hashed = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The two keys of an attempt: its account and its address. The email itself is never stored. */
export function throttleKeys(settings: LoginLimitSettings, email: string, ip: string): ThrottleKey[] {
  return [
    { key: hashed(`account:${email}`), freeFailures: settings.accountFreeFailures },
    { key: hashed(`address:${ip}`), freeFailures: settings.addressFreeFailures },
  ];
}

/** Seconds the next attempt waits after `failures` failures: none while free, then doubling to the cap. */
export function delaySeconds(settings: LoginLimitSettings, failures: number, freeFailures: number): number {
  if (failures <= freeFailures) return 0;
  return Math.min(settings.maxDelaySeconds, settings.baseDelaySeconds * 2 ** (failures - freeFailures - 1));
}

const rateLimited = (retryAfterSeconds: number): AppError =>
  new AppError('RATE_LIMITED', { retryAfterSeconds: Math.max(1, Math.ceil(retryAfterSeconds)) });

/**
 * Growing delay on sign-in, per account and per address. Every attempt is counted as a failure before
 * the password is checked, with a compare-and-set so concurrent guesses cannot slip past the count;
 * success then forgives the account and takes the attempt back from the address.
 */
export class LoginThrottle {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly settings: LoginLimitSettings,
    private readonly clock: () => Date,
  ) {}

  /** Counts an attempt on every key, or throws RATE_LIMITED with the seconds to wait. */
  async begin(keys: readonly ThrottleKey[]): Promise<void> {
    const now = this.clock();
    const states = await Promise.all(keys.map((k) => loginThrottleRepository.find(this.db, k.key)));
    const wait = Math.max(0, ...states.map((s) => (s === undefined ? 0 : this.secondsUntilAllowed(s, now))));
    if (wait > 0) throw rateLimited(wait);
    for (const [i, key] of keys.entries()) await this.claim(key, states[i], now);
  }

  /**
   * A correct password: the account starts afresh; the address gets this attempt back. Keys idle past
   * the reset time are swept here, so the table holds only the last hour's attempts.
   */
  async succeeded(keys: readonly ThrottleKey[]): Promise<void> {
    const [account, ...others] = keys;
    if (account !== undefined) await loginThrottleRepository.delete(this.db, account.key);
    for (const key of others) await loginThrottleRepository.decrement(this.db, key.key);
    const resetMs = this.settings.resetAfterMinutes * 60_000;
    await loginThrottleRepository.deleteIdleSince(
      this.db,
      new Date(this.clock().getTime() - resetMs).toISOString(),
    );
  }

  private isStale(state: ThrottleState, now: Date): boolean {
    const resetMs = this.settings.resetAfterMinutes * 60_000;
    return now.getTime() - new Date(state.lastAttemptAt).getTime() >= resetMs;
  }

  private secondsUntilAllowed(state: ThrottleState, now: Date): number {
    if (this.isStale(state, now)) return 0;
    return (new Date(state.nextAllowedAt).getTime() - now.getTime()) / 1000;
  }

  private async claim(key: ThrottleKey, first: ThrottleState | undefined, now: Date): Promise<void> {
    let seen = first;
    for (let attempt = 0; attempt < 5; attempt++) {
      if (seen !== undefined && this.secondsUntilAllowed(seen, now) > 0) {
        throw rateLimited(this.secondsUntilAllowed(seen, now));
      }
      const failures = seen === undefined || this.isStale(seen, now) ? 1 : seen.failures + 1;
      const next: ThrottleState = {
        failures,
        nextAllowedAt: new Date(
          now.getTime() + delaySeconds(this.settings, failures, key.freeFailures) * 1000,
        ).toISOString(),
        lastAttemptAt: now.toISOString(),
      };
      const done =
        seen === undefined
          ? await loginThrottleRepository.insertIfAbsent(this.db, key.key, next)
          : await loginThrottleRepository.replace(this.db, key.key, seen, next);
      if (done) return;
      seen = await loginThrottleRepository.find(this.db, key.key);
    }
    throw rateLimited(1);
  }
}
