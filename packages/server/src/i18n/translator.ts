import {
  acceptedLanguages,
  matchLanguage,
  pseudoLanguage,
  sourceLanguage,
  type Namespace,
  type TFunction,
} from '@sotchart/i18n';
import { compileCatalog } from '@sotchart/i18n/compiled-message';
import { MessageStore } from '@sotchart/i18n/message-store';
import { readCatalog } from '@sotchart/i18n/node';
import { pseudolocalize } from '@sotchart/i18n/pseudo';

const store = new MessageStore();

/**
 * The language, once its catalogue of the namespace (and the English one it falls back to) is in the
 * store: each is read and compiled the first time an answer or a document needs it, not at start-up.
 */
function withCatalog(language: string, ns: Namespace): string {
  for (const lng of language === sourceLanguage ? [language] : [language, sourceLanguage])
    if (!store.has(lng, ns))
      store.add(
        lng,
        ns,
        lng === pseudoLanguage
          ? compileCatalog(readCatalog(sourceLanguage, ns), pseudolocalize)
          : compileCatalog(readCatalog(lng, ns)),
      );
  return language;
}

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
 * A text in a language when the namespace's catalogue holds it under its English wording (the
 * `errors` catalogue is keyed so), or under the template it was built from with its values (whose
 * English message may word a value, `no_show` as "a no-show"); else the text as it is.
 */
export function translateKnown(language: string, namespace: Namespace, text: string): string {
  const lng = withCatalog(serverLanguage(language), namespace);
  if (lng === sourceLanguage && store.exists(lng, namespace, text)) return text;
  return store.translateText(lng, namespace, text);
}

/**
 * Messages of one namespace in one language (English where a message is missing), for error bodies
 * and documents. The same catalogues and ICU MessageFormat as the web app.
 *
 * @example
 * translator('ja', 'errors')('NOT_FOUND');
 */
export function translator<N extends Namespace>(language: string, namespace: N): TFunction<N> {
  return store.fixed(withCatalog(serverLanguage(language), namespace), namespace);
}
