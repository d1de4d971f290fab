/**
 * The time on the blocks as recorded: the minutes actually spent, to the nearest tenth (1:04 is
 * 1.1 min, never rounded up to a whole minute), at least 0.1 once the timer has run.
 */
export function timerMinutes(seconds: number): number {
  if (seconds <= 0) return 0;
  return Math.max(0.1, Math.round(seconds / 6) / 10);
}

/** "1:04": minutes and seconds, as the clock shows them. */
export function clockText(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
