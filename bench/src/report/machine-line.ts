import type { Machine, SavedResult } from './results';

/** "measured 2026-03-01" or "measured 2026-03-01 to 2026-03-02": the days the saved runs span. */
function measuredDays(saved: readonly SavedResult<unknown>[]): string {
  const sorted = saved.map((r) => r.measuredAt).sort();
  const first = sorted[0]?.slice(0, 10);
  const last = sorted.at(-1)?.slice(0, 10);
  if (sorted.length === 0) return '';
  return `${first}${sorted.length > 1 && last !== first ? ` to ${last}` : ''}`;
}

/** The spread of the load average over the saved runs of `names`, or null when none recorded it. */
function loadRange(saved: readonly SavedResult<unknown>[], names: readonly string[]): string | null {
  const loads = saved
    .filter((r) => names.includes(r.name))
    .flatMap((r) => (r.machine.loadAverage === undefined ? [] : [r.machine.loadAverage]));
  return loads.length === 0 ? null : `${Math.min(...loads)}–${Math.max(...loads)}`;
}

/** The summary's first line: the machine, the days measured and how busy the machine was. */
export function machineLine(m: Machine, saved: readonly SavedResult<unknown>[]): string {
  // Load as each harness finished, speed runs apart from reliability runs (whose figures are counts).
  const speed = loadRange(saved, ['throughput', 'scale', 'export', 'navigation']);
  const counts = loadRange(saved, ['crash-safety', 'malformed-input', 'concurrency', 'scale-out']);
  const load =
    speed === null && counts === null
      ? ''
      : ` The 1-minute load average as each harness finished (its own server and load generator included): ` +
        `${speed === null ? '' : `speed runs ${speed}`}${speed !== null && counts !== null ? '; ' : ''}` +
        `${counts === null ? '' : `reliability runs ${counts}`}.`;
  return (
    `Machine: ${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB memory, Node ${m.node}, PostgreSQL 15 on the same ` +
    `machine; measured ${measuredDays(saved)}.${load} Absolute rates depend on what else the machine is doing; every ratio ` +
    'is between figures measured in the same run, minutes apart.'
  );
}
