import { formatLocale } from '../../../i18n/format-locale';

/**
 * Items (already in the app's language) as one list in that language's way: "a, b, c" in English,
 * "a、b、c" in Japanese.
 */
export function listText(items: readonly string[]): string {
  const locale = formatLocale();
  const japanese = locale.startsWith('ja');
  return new Intl.ListFormat(locale, { type: japanese ? 'conjunction' : 'unit', style: 'short' }).format(
    items,
  );
}
