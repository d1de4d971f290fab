import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DialectName } from '../db/connect';
import type { Database } from '../db/database';
import { loginThrottleRepository, type ThrottleState } from '../db/repositories/login-throttle.repository';
import { writeTransaction } from '../db/write-transaction';
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
 * Growing delay on sign-in, per account and per address. An attempt is settled after its password is
 * checked, in one transaction that locks its keys, so concurrent attempts are settled one at a time:
 * while any key must wait the attempt is refused, whatever the password; otherwise a wrong password
 * counts one failure on every key and a correct one forgives the account. So a burst of guesses gets
 * no more answers than the same guesses one after another, and attempts still in flight never count
 * against a correct password (counting every attempt before its check refused correct passwords
 * whenever more sign-ins ran at once than the account had free failures).
 */
export class LoginThrottle {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: DialectName,
    private readonly settings: LoginLimitSettings,
    private readonly clock: () => Date,
  ) {}

  /**
   * Throws RATE_LIMITED with the seconds to wait when a key must already wait, so a refused attempt
   * costs no password hash. `settle` has the final word.
   */
  async check(keys: readonly ThrottleKey[]): Promise<void> {
    const now = this.clock();
    const states = await Promise.all(keys.map((k) => loginThrottleRepository.find(this.db, k.key)));
    const wait = Math.max(0, ...states.map((s) => (s === undefined ? 0 : this.secondsUntilAllowed(s, now))));
    if (wait > 0) throw rateLimited(wait);
  }

  /**
   * Settles an attempt whose password has been checked: throws RATE_LIMITED (counting nothing) while a
   * key must wait; else a wrong password counts a failure on every key and a correct one forgives the
   * account. Keys idle past the reset time are swept after a success, so the table holds only the
   * last hour's attempts.
   */
  async settle(keys: readonly ThrottleKey[], correct: boolean): Promise<void> {
    const now = this.clock();
    // Key order, the order PostgreSQL locks them in, so two attempts never deadlock.
    const ordered = [...keys].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const wait = await writeTransaction(this.db, async (trx) => {
      if (!correct) {
        for (const k of ordered) await loginThrottleRepository.insertIfAbsent(trx, k.key, now.toISOString());
      }
      const states = await loginThrottleRepository.lock(
        trx,
        this.dialect,
        ordered.map((k) => k.key),
      );
      const waits = ordered.map((k) => {
        const state = states.get(k.key);
        return state === undefined ? 0 : this.secondsUntilAllowed(state, now);
      });
      const longest = Math.max(0, ...waits);
      if (longest > 0) return longest;
      const [account] = keys;
      if (correct) {
        if (account !== undefined) await loginThrottleRepository.delete(trx, account.key);
      } else {
        for (const k of ordered)
          await loginThrottleRepository.save(trx, k.key, this.failed(k, states.get(k.key), now));
      }
      return 0;
    });
    if (wait > 0) throw rateLimited(wait);
    if (correct) {
      const resetMs = this.settings.resetAfterMinutes * 60_000;
      await loginThrottleRepository.deleteIdleSince(
        this.db,
        this.dialect,
        new Date(now.getTime() - resetMs).toISOString(),
      );
    }
  }

  private isStale(state: ThrottleState, now: Date): boolean {
    const resetMs = this.settings.resetAfterMinutes * 60_000;
    return now.getTime() - new Date(state.lastAttemptAt).getTime() >= resetMs;
  }

  private secondsUntilAllowed(state: ThrottleState, now: Date): number {
    if (this.isStale(state, now)) return 0;
    return (new Date(state.nextAllowedAt).getTime() - now.getTime()) / 1000;
  }

  /** The key's state after one more failure at `now` (a stale key starts afresh). */
  private failed(key: ThrottleKey, seen: ThrottleState | undefined, now: Date): ThrottleState {
    const failures = seen === undefined || this.isStale(seen, now) ? 1 : seen.failures + 1;
    return {
      failures,
      nextAllowedAt: new Date(
        now.getTime() + delaySeconds(this.settings, failures, key.freeFailures) * 1000,
      ).toISOString(),
      lastAttemptAt: now.toISOString(),
    };
  }
}
