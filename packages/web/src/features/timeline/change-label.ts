import type { Change } from '@sotchart/engine';
import type { BadgeTone } from '../../ui/badge';

const labels: Readonly<Record<Change, { readonly text: string; readonly tone: BadgeTone }>> = {
  cleared: { text: 'cleared', tone: 'success' },
  improved: { text: 'improved', tone: 'accent' },
  unchanged: { text: 'unchanged', tone: 'neutral' },
  worse: { text: 'worse', tone: 'danger' },
  side_changed: { text: 'side changed', tone: 'warning' },
  new: { text: 'new', tone: 'warning' },
  not_rechecked: { text: 'not re-checked', tone: 'neutral' },
};

/** How a pre → post change reads on screen, and its colour (the text always says it too). */
export function changeLabel(change: string): { readonly text: string; readonly tone: BadgeTone } {
  return labels[change as Change] ?? { text: change.replaceAll('_', ' '), tone: 'neutral' };
}
