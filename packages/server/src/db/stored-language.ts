import { isLanguage, sourceLanguage, type Language } from '@sotchart/i18n';

/** A stored language column as the contract's `Language`; null (or an unknown tag) as null. */
export function storedLanguage(value: string | null): Language | null {
  return value !== null && isLanguage(value) ? value : null;
}

/** A clinic's stored language; English for an unknown tag. */
export function storedClinicLanguage(value: string): Language {
  return storedLanguage(value) ?? sourceLanguage;
}
