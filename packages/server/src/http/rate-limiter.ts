/** At most `limit` requests per key in each window of `windowSeconds`. */
export interface RateLimit {
  readonly limit: number;
  readonly windowSeconds: number;
}

interface Window {
  readonly start: number;
  count: number;
}

/**
 * Counts requests per key (an address, a token) in fixed windows, in this process's memory: each server
 * process counts on its own, which is enough to stop one client hammering a public route. At most
 * `maxKeys` keys are kept; windows that have ended go first, then the oldest.
 */
export class RateLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly rule: RateLimit,
    private readonly clock: () => Date,
    private readonly maxKeys = 10_000,
  ) {}

  /** Counts one request of `key`: undefined while under the limit, else the seconds until it may retry. */
  hit(key: string): number | undefined {
    const now = this.clock().getTime();
    const windowMs = this.rule.windowSeconds * 1000;
    let window = this.windows.get(key);
    if (window === undefined || now - window.start >= windowMs) {
      // Re-inserting keeps the map in window order, so ended windows are always at its front.
      this.windows.delete(key);
      this.makeRoom(now, windowMs);
      window = { start: now, count: 0 };
      this.windows.set(key, window);
    }
    if (window.count >= this.rule.limit)
      return Math.max(1, Math.ceil((window.start + windowMs - now) / 1000));
    window.count += 1;
    return undefined;
  }

  private makeRoom(now: number, windowMs: number): void {
    for (const [key, window] of this.windows) {
      if (now - window.start < windowMs && this.windows.size < this.maxKeys) break;
      this.windows.delete(key);
    }
  }
}
