import type { TimelineEntry } from '@sotchart/contract';
import { changes } from '@sotchart/engine';
import { changeLabel } from './change-label';

/** A visit's verification summary as text in the engine's order, e.g. "3 cleared, 1 improved". */
export function verificationText(summary: Readonly<Record<string, number>>): string {
  const known: readonly string[] = changes;
  const keys = [...known, ...Object.keys(summary).filter((k) => !known.includes(k))];
  const parts = keys.filter((k) => (summary[k] ?? 0) > 0).map((k) => `${summary[k]} ${changeLabel(k).text}`);
  return parts.length === 0 ? '—' : parts.join(', ');
}

/**
 * Share of the indicators that decided the category and were re-checked after treatment that
 * cleared, 0–100; null when none was re-checked.
 */
export function clearedPercent(clinical: NonNullable<TimelineEntry['clinical']>): number | null {
  const rechecked = clinical.keyIndicators.filter((k) => k.change !== 'not_rechecked' && k.change !== 'new');
  if (rechecked.length === 0) return null;
  const cleared = rechecked.filter((k) => k.change === 'cleared').length;
  return Math.round((cleared / rechecked.length) * 100);
}
