/**
 * How long this thread's transactions waited for their turn at SQLite's write lock (`write-lock.ts`),
 * for instance while the audit worker commits a batch. The wait does not block the thread: other
 * requests run meanwhile. Kept per thread, for the benchmark and tests.
 */
export interface LockWaitStats {
  /** Transactions begun. */
  readonly begins: number;
  /** Of them, those that waited 0.5 ms or more. */
  readonly waited: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  readonly totalMs: number;
}

const samples: number[] = [];
let total = 0;

/** Records one wait (ms); the last 100 000 are kept for percentiles. */
export function recordLockWait(ms: number): void {
  if (samples.length === 100_000) samples.shift();
  samples.push(ms);
  total += ms;
}

export function lockWaitStats(): LockWaitStats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const round = (ms: number): number => Math.round(ms * 1000) / 1000;
  return {
    begins: sorted.length,
    waited: sorted.filter((ms) => ms >= 0.5).length,
    p50Ms: round(at(0.5)),
    p99Ms: round(at(0.99)),
    maxMs: round(sorted.at(-1) ?? 0),
    totalMs: round(total),
  };
}

export function resetLockWaitStats(): void {
  samples.length = 0;
  total = 0;
}
