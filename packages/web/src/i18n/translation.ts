import {
  sourceLanguage,
  type CompiledCatalog,
  type Namespace,
  type Namespaces,
  type TFunction,
} from '@sotchart/i18n';
import { MessageStore } from '@sotchart/i18n/message-store';
import { useMemo, useSyncExternalStore } from 'react';
import { loadMessages } from './catalog-files';
import { clinicWording } from './clinic-wording';

const store = new MessageStore();
let current: string = sourceLanguage;
// Bumped whenever a catalogue arrives or the language changes, so screens showing messages re-render.
let version = 0;
const listeners = new Set<() => void>();
const languageListeners = new Set<(language: string) => void>();
const loading = new Map<string, Promise<void>>();
// The namespaces screens have asked for: a language switch or a reload fetches these again.
const used = new Set<Namespace>(['common']);

function notify(): void {
  version += 1;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A namespace's bundled messages in a language with the clinic's approved wording laid over them. */
async function fetchNamespace(language: string, namespace: Namespace): Promise<void> {
  try {
    const [messages, wording] = await Promise.all([
      loadMessages(language, namespace),
      clinicWording(language),
    ]);
    store.add(language, namespace, { ...messages, ...wording[namespace] });
  } catch {
    // Unreachable catalogue (offline before the app was cached): the screen shows its keys, and the
    // next reload or language switch tries again.
    store.add(language, namespace, {});
  }
  notify();
}

function load(language: string, namespace: Namespace, again = false): Promise<void> {
  const id = `${language}/${namespace}`;
  let pending = loading.get(id);
  if (!again && pending === undefined && store.has(language, namespace)) return Promise.resolve();
  if (pending === undefined || again) {
    pending = fetchNamespace(language, namespace);
    loading.set(id, pending);
  }
  return pending;
}

const listOf = (namespaces: Namespaces): readonly Namespace[] =>
  typeof namespaces === 'string' ? [namespaces] : (namespaces as readonly Namespace[]);

/**
 * The app's messages: one catalogue per language and namespace, fetched when a screen first needs it
 * (`/locales/<language>/<namespace>.json`, compiled at build time) and formatted by Lingui.
 */
export const i18n = {
  /** The language the app shows. */
  get language(): string {
    return current;
  },

  /** A message of the `common` namespace, or of `ns`, in the app's language. */
  t: ((key: string, values?: Parameters<TFunction>[1]) =>
    store.format(current, [values?.ns ?? 'common'], key, values)) as TFunction,

  /**
   * A text the server or the engine wrote in English, in the app's language where the namespace keys
   * it by that wording or by the template it was built from (`errors`, `coding`); else as it is.
   */
  translateText(namespace: Namespace, text: string): string {
    return store.translateText(current, namespace, text);
  },

  /** Whether a namespace's catalogue (in the app's language or English) holds a key. */
  exists(key: string, options: { readonly ns: Namespace }): boolean {
    return store.exists(current, options.ns, key) || store.exists(sourceLanguage, options.ns, key);
  },

  /** Messages of namespaces in a language, or (null) in whatever language the app shows when called. */
  getFixedT<N extends Namespaces>(language: string | null, namespaces: N): TFunction<N> {
    if (language !== null) return store.fixed(language, namespaces);
    return ((key: string, values?: Parameters<TFunction>[1]) =>
      (store.fixed(current, namespaces) as (k: string, v?: unknown) => string)(key, values)) as TFunction<N>;
  },

  /** Fetches namespaces in the app's language ahead of the screens that need them. */
  async loadNamespaces(namespaces: Namespaces): Promise<void> {
    for (const ns of listOf(namespaces)) used.add(ns);
    await Promise.all(listOf(namespaces).map((ns) => load(current, ns)));
  },

  /** Switches the app's language once the namespaces in use have arrived in it. */
  async changeLanguage(language: string): Promise<void> {
    await Promise.all([...used].map((ns) => load(language, ns)));
    if (language === current) return;
    current = language;
    for (const listener of languageListeners) listener(language);
    notify();
  },

  /** Fetches the catalogues in use again (after the clinic's wording changed or a user signed in). */
  async reloadResources(language: string = current): Promise<void> {
    await Promise.all([...used].map((ns) => load(language, ns, true)));
  },

  /** Adds compiled messages directly (unit tests, which run without the catalogue files). */
  addCatalog(language: string, namespace: Namespace, catalog: CompiledCatalog): void {
    store.add(language, namespace, catalog);
    notify();
  },

  /** Calls `listener` with each language the app switches to. */
  onLanguageChanged(listener: (language: string) => void): () => void {
    languageListeners.add(listener);
    return () => languageListeners.delete(listener);
  },
};

export type I18nApp = typeof i18n;

/**
 * A component's messages: `t` for its namespaces in the app's language, suspending (React Suspense)
 * until their catalogues have arrived, and re-rendering when the language or the wording changes.
 *
 * @example
 * const { t } = useTranslation(['admin', 'common']);
 * t('users.title'); t('save', { ns: 'common' });
 */
export function useTranslation<N extends Namespaces = 'common'>(
  namespaces?: N,
): { readonly t: TFunction<N>; readonly i18n: I18nApp } {
  useSyncExternalStore(subscribe, () => version);
  return { t: useMessagesIn(current, namespaces ?? ('common' as N)), i18n };
}

/**
 * Messages in a language other than the app's, e.g. the clinical record's for a note written on
 * screen; suspends like {@link useTranslation} until the catalogues have arrived.
 */
export function useTranslationIn<N extends Namespaces>(language: string, namespaces: N): TFunction<N> {
  useSyncExternalStore(subscribe, () => version);
  return useMessagesIn(language, namespaces);
}

function useMessagesIn<N extends Namespaces>(language: string, namespaces: N): TFunction<N> {
  const listed = listOf(namespaces);
  const missing = listed.find((ns) => !store.has(language, ns));
  if (missing !== undefined) {
    used.add(missing);
    // Suspense: the same pending promise each time, so React waits for it.
    throw load(language, missing);
  }
  // One t per language and list of namespaces, however the caller spells the list.
  const key = listed.join(',');
  return useMemo(() => store.fixed(language, key.split(',') as unknown as N), [language, key]);
}
