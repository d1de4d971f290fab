import type { Change } from '@sotchart/engine';
import { useCallback, useMemo } from 'react';
import { useTranslation } from '../../../i18n/translation';
import type { SummaryCounts } from '../../timeline/verification-text';

const changeKey = {
  cleared: 'change.cleared',
  improved: 'change.improved',
  unchanged: 'change.unchanged',
  worse: 'change.worse',
  side_changed: 'change.sideChanged',
  new: 'change.new',
  not_rechecked: 'change.notRechecked',
} as const satisfies Record<Change, string>;

const noteKey = {
  improved: 'verification.note.improved',
  worse: 'verification.note.worse',
  side_changed: 'verification.note.sideChanged',
  new: 'verification.note.new',
} as const satisfies Partial<Record<Change, string>>;

// The changes worth naming beside the headline, in the engine's order. "cleared" is the headline,
// and "unchanged" mixes positives still positive with negatives that stayed negative, so neither is
// repeated.
const noted = ['improved', 'worse', 'side_changed', 'new'] as const satisfies readonly Change[];

const count = (summary: SummaryCounts, key: string): number => summary[key] ?? 0;

/** A verification in words: the headline, its notes, each change and side (REFERENCE §9). */
export interface VerificationWords {
  /** "2 of 3 positive findings cleared"; when nothing was positive before treatment, says so. */
  readonly headline: (summary: SummaryCounts) => string;
  /** What the headline leaves out, each counted apart (improved, worse, side changed, new, not re-checked). */
  readonly notes: (summary: SummaryCounts) => string[];
  /** A change in words, e.g. "cleared"; an unknown one as its id. */
  readonly change: (change: string) => string;
  /** "left", "right" or "" for an unsided item. */
  readonly side: (side: 'L' | 'R' | null | undefined) => string;
}

/** The verification's words in the app's language. */
export function useVerificationWords(): VerificationWords {
  const { t } = useTranslation('chartingNote');
  const change = useCallback(
    (c: string) => (c in changeKey ? t(changeKey[c as Change]) : c.replaceAll('_', ' ')),
    [t],
  );
  return useMemo(
    () => ({
      headline: (summary) => {
        const positivePre = count(summary, 'positivePre');
        if (positivePre === 0) return t('verification.noPositive');
        return t('verification.cleared', { cleared: count(summary, 'positiveCleared'), count: positivePre });
      },
      notes: (summary) => {
        const notes: string[] = noted
          .filter((c) => count(summary, c) > 0)
          .map((c) => t(noteKey[c], { count: count(summary, c) }));
        const positiveGap = count(summary, 'not_rechecked');
        if (positiveGap > 0) notes.push(t('verification.note.positiveNotRechecked', { count: positiveGap }));
        const negative = count(summary, 'negativeNotRechecked');
        if (negative > 0) notes.push(t('verification.note.negativeNotRechecked', { count: negative }));
        return notes;
      },
      change,
      side: (side) => (side === 'L' ? t('side.left') : side === 'R' ? t('side.right') : ''),
    }),
    [t, change],
  );
}
