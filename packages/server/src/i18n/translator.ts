import { languages, matchLanguage, namespaces, pseudoLanguage, sourceLanguage, type Namespace } from '@sotchart/i18n';
import { readCatalog } from '@sotchart/i18n/node';
import { pseudolocalize } from '@sotchart/i18n/pseudo';
import i18next, { type TFunction } from 'i18next';
import ICU from 'i18next-icu';

function resourcesOf(language: string, messages: (ns: Namespace) => Record<string, string>) {
  return { [language]: Object.fromEntries(namespaces.map((ns) => [ns, messages(ns)])) };
}

const english = (ns: Namespace) => ({ ...readCatalog(sourceLanguage, ns) });

// Every catalogue is small and read once at start-up; the server never waits on a catalogue.
const instance = i18next.createInstance();
void instance.use(ICU).init({
  initAsync: false,
  resources: Object.assign(
    {},
    ...languages.map((language) => resourcesOf(language, (ns) => ({ ...readCatalog(language, ns) }))),
    resourcesOf(pseudoLanguage, (ns) =>
      Object.fromEntries(Object.entries(english(ns)).map(([key, text]) => [key, pseudolocalize(text)])),
    ),
  ) as Record<string, Record<string, Record<string, string>>>,
  supportedLngs: [...languages, pseudoLanguage],
  fallbackLng: sourceLanguage,
  ns: [...namespaces],
  defaultNS: 'common',
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** The server's language tag for a requested one: a supported language, the pseudo-locale, or English. */
export function serverLanguage(tag: string | null | undefined): string {
  if (tag === pseudoLanguage) return pseudoLanguage;
  return matchLanguage(tag === null || tag === undefined ? [] : [tag]);
}

/**
 * Messages of one namespace in one language (English where a message is missing), for error bodies
 * and documents. The same catalogues and ICU MessageFormat as the web app.
 *
 * @example
 * translator('ja', 'errors')('NOT_FOUND');
 */
export function translator<N extends Namespace>(language: string, namespace: N): TFunction<N> {
  return instance.getFixedT(serverLanguage(language), namespace);
}
