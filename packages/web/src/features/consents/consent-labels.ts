import type { Consent } from '@sotchart/contract';
import { i18n } from '../../i18n/translation';
import { useTranslation } from '../../i18n/translation';

// Screens of other areas (the day list, the outcomes page) read these labels too: the catalogue is
// fetched as soon as this module loads, so it is there when they render. Those screens should still
// name the namespace in their useTranslation() to re-render on its arrival.
if (typeof window !== 'undefined') void i18n.loadNamespaces('consents');

type ConsentType = Consent['type'];

/** Each consent type's name in the `consents` catalogue. */
export const consentTypeKeys = {
  treatment: 'type.treatment',
  sot_blocking: 'type.sotBlocking',
  cranial: 'type.cranial',
  imaging: 'type.imaging',
  privacy: 'type.privacy',
  research: 'type.research',
  insurance_billing: 'type.insuranceBilling',
  other: 'type.other',
} as const satisfies Record<ConsentType, string>;

/** The consent types in the order a menu lists them. */
export const consentTypes = Object.keys(consentTypeKeys) as ConsentType[];

/** A consent type's name in the app's language (the `consents` catalogue must be loaded: see the hook). */
export function consentTypeLabel(type: ConsentType): string {
  return i18n.t(consentTypeKeys[type], { ns: 'consents' });
}

/** A component's consent-type names: loads the `consents` catalogue and renders again on a change of language. */
export function useConsentTypeLabel(): (type: ConsentType) => string {
  const { t } = useTranslation('consents');
  return (type) => t(consentTypeKeys[type]);
}

/**
 * Each consent type's name, read in the app's language at that moment.
 * @deprecated Use `useConsentTypeLabel()`, which also loads the catalogue.
 */
export const consentTypeLabels: Readonly<Record<ConsentType, string>> = Object.defineProperties(
  {} as Record<ConsentType, string>,
  Object.fromEntries(
    consentTypes.map((type) => [type, { enumerable: true, get: () => consentTypeLabel(type) }]),
  ),
);
