import type { Change } from '@sotchart/engine';
import { changeLabel } from './change-label';

/**
 * A verification summary as stored (REFERENCE §9): one count per change, where `not_rechecked`
 * counts only items positive before treatment, plus `positivePre`, `positiveCleared` and
 * `negativeNotRechecked`. The timeline carries it as a plain record of numbers, so each is read with
 * a default of 0.
 */
export type SummaryCounts = Readonly<Record<string, number>>;

const count = (summary: SummaryCounts, key: string): number => summary[key] ?? 0;

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/**
 * The headline of a verification, read as given: "2 of 3 positive findings cleared"; when nothing
 * was positive before treatment, says so.
 */
export function clearedHeadline(summary: SummaryCounts): string {
  const positivePre = count(summary, 'positivePre');
  if (positivePre === 0) return 'No positive findings before treatment';
  return `${count(summary, 'positiveCleared')} of ${positivePre} positive findings cleared`;
}

// The changes worth naming beside the headline, in the engine's order. "cleared" is the headline,
// and "unchanged" mixes positives still positive (already implied by the headline) with negatives
// that stayed negative, so neither is repeated.
const noted: readonly Change[] = ['improved', 'worse', 'side_changed', 'new'];

/**
 * What the headline leaves out, each counted apart: improved, worse, side changed (an
 * over-correction to look at), new, positive findings not re-checked (a gap), and negative findings
 * not re-checked (not a gap; stated so the count is never read as one).
 */
export function verificationNotes(summary: SummaryCounts): string[] {
  const notes = noted
    .filter((c) => count(summary, c) > 0)
    .map((c) => `${count(summary, c)} ${changeLabel(c).text}`);
  const positiveGap = count(summary, 'not_rechecked');
  if (positiveGap > 0)
    notes.push(plural(positiveGap, 'positive finding not re-checked', 'positive findings not re-checked'));
  const negative = count(summary, 'negativeNotRechecked');
  if (negative > 0)
    notes.push(plural(negative, 'negative finding not re-checked', 'negative findings not re-checked'));
  return notes;
}

/** The headline and its notes in one line, e.g. "2 of 3 positive findings cleared; 1 side changed". */
export function verificationText(summary: SummaryCounts): string {
  return [clearedHeadline(summary), ...verificationNotes(summary)].join('; ');
}

/** "left", "right" or "" for an unsided item (the leg check, unsided indicators). */
export function sideWord(side: 'L' | 'R' | null | undefined): string {
  return side === 'L' ? 'left' : side === 'R' ? 'right' : '';
}

/**
 * The stored summary's share of positive findings that cleared, 0–100; null when nothing was
 * positive before treatment.
 */
export function clearedPercent(summary: SummaryCounts): number | null {
  const positivePre = count(summary, 'positivePre');
  if (positivePre === 0) return null;
  return Math.round((count(summary, 'positiveCleared') / positivePre) * 100);
}
