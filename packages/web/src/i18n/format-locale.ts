import { pseudoLanguage, sourceLanguage } from '@sotchart/i18n';
import { i18n } from './translation';

/**
 * The locale dates, times and numbers are formatted in: the app's language, with English written the
 * way the clinic record has always shown it (day month year, 24-hour), as is the pseudo-locale.
 */
export function formatLocale(language: string = i18n.language): string {
  return language === sourceLanguage || language === pseudoLanguage ? 'en-GB' : language;
}
