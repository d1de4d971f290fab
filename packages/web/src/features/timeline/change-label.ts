import type { Change } from '@sotchart/engine';
import { i18n } from '../../i18n/translation';
import type { BadgeTone } from '../../ui/badge';

// Screens of other areas (charting, the patient header) read these labels too: the catalogue is
// fetched as soon as this module loads, so it is there when they render. Those screens should still
// name the namespace in their useTranslation() to re-render on its arrival.
if (typeof window !== 'undefined') void i18n.loadNamespaces('timeline');

const labels = {
  cleared: { key: 'change.cleared', tone: 'success' },
  improved: { key: 'change.improved', tone: 'accent' },
  unchanged: { key: 'change.unchanged', tone: 'neutral' },
  worse: { key: 'change.worse', tone: 'danger' },
  side_changed: { key: 'change.sideChanged', tone: 'warning' },
  new: { key: 'change.new', tone: 'warning' },
  not_rechecked: { key: 'change.notRechecked', tone: 'neutral' },
} as const satisfies Record<Change, { readonly key: string; readonly tone: BadgeTone }>;

const isChange = (change: string): change is Change => Object.hasOwn(labels, change);

/**
 * How a pre → post change reads on screen in the app's language (the `timeline` catalogue, loaded by
 * the screen), and its colour (the text always says it too). A change this version does not know
 * reads as recorded.
 */
export function changeLabel(change: string): { readonly text: string; readonly tone: BadgeTone } {
  if (!isChange(change)) return { text: change.replaceAll('_', ' '), tone: 'neutral' };
  const { key, tone } = labels[change];
  return { text: i18n.t(key, { ns: 'timeline' }), tone };
}

/** A count of one change, e.g. "2 improved", for the verification notes. */
export function changeCount(change: Change, count: number): string {
  switch (change) {
    case 'cleared':
      return i18n.t('changeCount.cleared', { ns: 'timeline', count });
    case 'improved':
      return i18n.t('changeCount.improved', { ns: 'timeline', count });
    case 'unchanged':
      return i18n.t('changeCount.unchanged', { ns: 'timeline', count });
    case 'worse':
      return i18n.t('changeCount.worse', { ns: 'timeline', count });
    case 'side_changed':
      return i18n.t('changeCount.sideChanged', { ns: 'timeline', count });
    case 'new':
      return i18n.t('changeCount.new', { ns: 'timeline', count });
    case 'not_rechecked':
      return i18n.t('changeCount.notRechecked', { ns: 'timeline', count });
  }
}
