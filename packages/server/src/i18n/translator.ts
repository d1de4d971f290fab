import {
  acceptedLanguages,
  languages,
  matchLanguage,
  namespaces,
  pseudoLanguage,
  sourceLanguage,
  type Namespace,
} from '@sotchart/i18n';
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

/** The language to answer a request's errors in: its Accept-Language (the app sends its own). */
export function requestLanguage(acceptLanguage: string | undefined): string {
  const tags = acceptedLanguages(acceptLanguage);
  return tags[0] === pseudoLanguage ? pseudoLanguage : matchLanguage(tags);
}

/**
 * A text in another language when the namespace's catalogue holds it under its English wording (the
 * `errors` catalogue is keyed so), else the text as it is: a message built with values stays English.
 */
export function translateKnown(language: string, namespace: Namespace, text: string): string {
  if (language === sourceLanguage || !instance.exists(text, { lng: language, ns: namespace })) return text;
  // The key is the English text itself, so it is not one of the typed literal keys.
  return instance.t(text as never, { lng: language, ns: namespace }) as string;
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
