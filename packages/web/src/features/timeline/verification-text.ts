import type { Change } from '@sotchart/engine';
import { i18n } from '../../i18n/translation';
import { changeCount } from './change-label';

// Screens of other areas (charting, the patient header) read these labels too: the catalogue is
// fetched as soon as this module loads, so it is there when they render. Those screens should still
// name the namespace in their useTranslation() to re-render on its arrival.
if (typeof window !== 'undefined') void i18n.loadNamespaces('timeline');

/**
 * A verification summary as stored (REFERENCE §9): one count per change, where `not_rechecked`
 * counts only items positive before treatment, plus `positivePre`, `positiveCleared` and
 * `negativeNotRechecked`. The timeline carries it as a plain record of numbers, so each is read with
 * a default of 0.
 */
export type SummaryCounts = Readonly<Record<string, number>>;

const count = (summary: SummaryCounts, key: string): number => summary[key] ?? 0;

/**
 * The headline of a verification, read as given: "2 of 3 positive findings cleared"; when nothing
 * was positive before treatment, says so.
 */
export function clearedHeadline(summary: SummaryCounts): string {
  const positivePre = count(summary, 'positivePre');
  if (positivePre === 0) return i18n.t('verification.nonePositive', { ns: 'timeline' });
  return i18n.t('verification.cleared', {
    ns: 'timeline',
    cleared: count(summary, 'positiveCleared'),
    positivePre,
  });
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
  const notes = noted.filter((c) => count(summary, c) > 0).map((c) => changeCount(c, count(summary, c)));
  const positiveGap = count(summary, 'not_rechecked');
  if (positiveGap > 0)
    notes.push(i18n.t('verification.positiveNotRechecked', { ns: 'timeline', count: positiveGap }));
  const negative = count(summary, 'negativeNotRechecked');
  if (negative > 0)
    notes.push(i18n.t('verification.negativeNotRechecked', { ns: 'timeline', count: negative }));
  return notes;
}

/** The headline and its notes in one line, e.g. "2 of 3 positive findings cleared; 1 side changed". */
export function verificationText(summary: SummaryCounts): string {
  return [clearedHeadline(summary), ...verificationNotes(summary)].join(
    i18n.t('verification.separator', { ns: 'timeline' }),
  );
}

/** "left", "right" or "" for an unsided item (the leg check, unsided indicators). */
export function sideWord(side: 'L' | 'R' | null | undefined): string {
  return side === 'L'
    ? i18n.t('side.left', { ns: 'timeline' })
    : side === 'R'
      ? i18n.t('side.right', { ns: 'timeline' })
      : '';
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
