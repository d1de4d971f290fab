import type { InstrumentId } from '@sotchart/engine';

/** Short names of the instruments for tables, badges and buttons. */
export const instrumentShortNames: Readonly<Record<InstrumentId, string>> = {
  nprs: 'NPRS',
  psfs: 'PSFS',
  'bournemouth-back': 'Bournemouth (back)',
  'bournemouth-neck': 'Bournemouth (neck)',
  ndi: 'NDI',
  odi: 'ODI',
};

/** A score as shown: one decimal at most, "%" for percent scores, "—" when not scored. */
export function scoreText(value: number | null, unit: 'points' | 'percent'): string {
  if (value === null) return '—';
  const n = Number.isInteger(value) ? String(value) : value.toFixed(1);
  return unit === 'percent' ? `${n} %` : n;
}

/** A change since baseline as shown, e.g. "−11.2 (improved)". */
export function changeText(delta: number | null, verdict: string | null): string {
  if (delta === null) return 'baseline';
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '';
  const n = Math.abs(delta);
  return `${sign}${Number.isInteger(n) ? n : n.toFixed(1)}${verdict === null || verdict === 'none' ? '' : ` (${verdict})`}`;
}

export const scheduleStatusLabels: Readonly<Record<string, string>> = {
  upcoming: 'Upcoming',
  due: 'Due today',
  overdue: 'Overdue',
  unscheduled: 'No re-exam set',
};
