import type { TimelineEntry } from '@sotchart/contract';
import { i18n } from '../../i18n/translation';
import { useTranslation } from '../../i18n/translation';

// Screens of other areas (charting, the patient header) read these labels too: the catalogue is
// fetched as soon as this module loads, so it is there when they render. Those screens should still
// name the namespace in their useTranslation() to re-render on its arrival.
if (typeof window !== 'undefined') void i18n.loadNamespaces('timeline');

type VisitType = TimelineEntry['type'];

/** Each visit type's name in the `timeline` catalogue. */
export const visitTypeKeys = {
  new_patient: 'visitType.newPatient',
  follow_up: 'visitType.followUp',
  re_exam: 'visitType.reExam',
} as const satisfies Record<VisitType, string>;

/** A visit type's name in the app's language (the `timeline` catalogue must be loaded: see the hook). */
export function visitTypeLabel(type: VisitType): string {
  return i18n.t(visitTypeKeys[type], { ns: 'timeline' });
}

/** A component's visit-type names: loads the `timeline` catalogue and renders again on a change of language. */
export function useVisitTypeLabel(): (type: VisitType) => string {
  const { t } = useTranslation('timeline');
  return (type) => t(visitTypeKeys[type]);
}

/**
 * Each visit type's name, read in the app's language at that moment.
 * @deprecated Use `useVisitTypeLabel()`, which also loads the catalogue.
 */
export const visitTypeLabels: Readonly<Record<VisitType, string>> = {
  get new_patient() {
    return visitTypeLabel('new_patient');
  },
  get follow_up() {
    return visitTypeLabel('follow_up');
  },
  get re_exam() {
    return visitTypeLabel('re_exam');
  },
};
