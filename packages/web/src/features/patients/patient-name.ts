import type { PatientSummary } from '@sotchart/contract';
import { formatPersonName, formatSortedPersonName } from '@sotchart/i18n';
import { i18n } from '../../i18n/translation';

const language = (): string => i18n.language;

/**
 * "Family, Given": the order a front desk files and searches by (family name first, without the
 * comma, in Japanese), in the app's language at render time.
 */
export function patientName(patient: Pick<PatientSummary, 'givenName' | 'familyName'>): string {
  return formatSortedPersonName(patient, language());
}

/** The full name for headings: "Given Family", family name first in Japanese. */
export function patientFullName(patient: Pick<PatientSummary, 'givenName' | 'familyName'>): string {
  return formatPersonName(patient, language());
}

const sexKeys = {
  female: 'sex.female',
  male: 'sex.male',
  other: 'sex.other',
  unknown: 'sex.unknown',
} as const satisfies Record<PatientSummary['sex'], string>;

/** How a recorded sex is named on screen, in the app's language (the `common` catalogue). */
export function sexLabel(sex: PatientSummary['sex']): string {
  return i18n.t(sexKeys[sex], { ns: 'common' });
}

/** Each recorded sex's name; each read gives it in the app's language at that moment. */
export const sexLabels: Readonly<Record<PatientSummary['sex'], string>> = {
  get female() {
    return sexLabel('female');
  },
  get male() {
    return sexLabel('male');
  },
  get other() {
    return sexLabel('other');
  },
  get unknown() {
    return sexLabel('unknown');
  },
};
