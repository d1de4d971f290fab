import { setupI18n, type I18n } from '@lingui/core';
import type { CompiledCatalog } from './compiled-message';
import { sourceLanguage } from './languages';
import { templatePattern } from './message-template';
import type { Namespace } from './namespaces';
import type { Resources } from './resources';

/** A message key of a namespace (of any, for a union), checked against the English catalogue at compile time. */
export type MessageKey<N extends Namespace> = N extends Namespace
  ? Extract<keyof Resources[N], string>
  : never;

/** One namespace, or several searched in order (the first is the default). */
export type Namespaces = Namespace | readonly Namespace[];

type Listed<N extends Namespaces> = N extends readonly Namespace[] ? N[number] : N;

/**
 * A message's values; `ns` names another namespace to take the key from, and `defaultValue` is the
 * text when no catalogue holds the key (a clinic's own protocol wording).
 */
export interface MessageValues {
  readonly ns?: Namespace;
  readonly defaultValue?: string;
  readonly [name: string]: unknown;
}

/**
 * Formats the messages of its namespaces in one language.
 *
 * @example
 * t('visitNote.title'); // a key of the namespace(s) it was made for
 * t('save', { ns: 'common' }); // a key of another namespace
 */
export interface TFunction<N extends Namespaces = 'common'> {
  (key: MessageKey<Listed<N>>, values?: MessageValues & { readonly ns?: undefined }): string;
  <O extends Namespace>(key: MessageKey<O>, values: MessageValues & { readonly ns: O }): string;
}

// Lingui keeps one flat catalogue per language; a message's id joins its namespace and key.
const idOf = (namespace: string, key: string): string => `${namespace}\u001f${key}`;

/**
 * Every loaded catalogue, formatted by Lingui (ICU MessageFormat compiled ahead of time, formatted with
 * `Intl`). A message missing in a language falls back to English, then to `defaultValue`, then to its
 * key. Shared by the web app (catalogues fetched on use) and the server (read at start-up).
 */
export class MessageStore {
  readonly #byLanguage = new Map<string, I18n>();
  readonly #loaded = new Set<string>();
  readonly #templates = new Map<string, ReadonlyArray<readonly [string, RegExp]>>();

  #i18n(language: string): I18n {
    let i18n = this.#byLanguage.get(language);
    if (i18n === undefined) {
      i18n = setupI18n({ locale: language, messages: { [language]: {} } });
      this.#byLanguage.set(language, i18n);
    }
    return i18n;
  }

  /** Adds (or lays over what is there) a namespace's compiled messages in a language. */
  add(language: string, namespace: string, catalog: CompiledCatalog): void {
    const messages = Object.fromEntries(
      Object.entries(catalog).map(([key, message]) => [idOf(namespace, key), message]),
    );
    this.#i18n(language).load(language, messages);
    this.#loaded.add(idOf(language, namespace));
    this.#templates.delete(idOf(language, namespace));
  }

  /** Whether a namespace's catalogue in a language has been added. */
  has(language: string, namespace: string): boolean {
    return this.#loaded.has(idOf(language, namespace));
  }

  /** Whether a language's catalogue of a namespace holds the key (no fallback). */
  exists(language: string, namespace: string, key: string): boolean {
    return Object.hasOwn(this.#i18n(language).messages, idOf(namespace, key));
  }

  /** A message formatted in a language, from the first of the namespaces that holds it. */
  format(language: string, namespaces: readonly string[], key: string, values?: MessageValues): string {
    for (const lng of language === sourceLanguage ? [language] : [language, sourceLanguage])
      for (const namespace of namespaces)
        if (this.exists(lng, namespace, key)) return this.#i18n(lng)._(idOf(namespace, key), values);
    return values?.defaultValue ?? key;
  }

  /**
   * A text in a language, from a namespace keyed by English wording (`errors`, `coding`): the message
   * under the text itself, or under the template it was built from, formatted with the values found in
   * it (`Use at least {count} characters.` matches "Use at least 12 characters."); else the text.
   */
  translateText(language: string, namespace: string, text: string): string {
    if (this.exists(language, namespace, text)) return this.format(language, [namespace], text);
    for (const [key, pattern] of this.#templatesOf(language, namespace)) {
      const values = pattern.exec(text)?.groups;
      if (values !== undefined) return this.format(language, [namespace], key, values);
    }
    return text;
  }

  // The keys of a loaded catalogue that are templates, with their patterns, found once.
  #templatesOf(language: string, namespace: string): ReadonlyArray<readonly [string, RegExp]> {
    const id = idOf(language, namespace);
    let found = this.#templates.get(id);
    if (found === undefined) {
      const prefix = idOf(namespace, '');
      found = Object.keys(this.#i18n(language).messages).flatMap((messageId) => {
        if (!messageId.startsWith(prefix)) return [];
        const key = messageId.slice(prefix.length);
        const pattern = templatePattern(key);
        return pattern === undefined ? [] : [[key, pattern] as const];
      });
      this.#templates.set(id, found);
    }
    return found;
  }

  /** A {@link TFunction} of namespaces in one language. */
  fixed<N extends Namespaces>(language: string, namespaces: N): TFunction<N> {
    const list: readonly string[] = typeof namespaces === 'string' ? [namespaces] : namespaces;
    return ((key: string, values?: MessageValues) =>
      this.format(language, values?.ns === undefined ? list : [values.ns], key, values)) as TFunction<N>;
  }
}
