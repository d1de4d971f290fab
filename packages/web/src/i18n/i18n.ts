import { matchLanguage, pseudoLanguage, sourceLanguage, type Language } from '@sotchart/i18n';
import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { loadMessages } from './catalog-files';
import { clinicWording } from './clinic-wording';
import { compiledIcu } from './compiled-icu';

const languageKey = 'sotchart.language';
const pseudoKey = 'sotchart.pseudo';

/** Whether this browser runs the pseudo-locale of the quality gate (set by the browser tests). */
export function isPseudo(): boolean {
  return localStorage.getItem(pseudoKey) === '1';
}

// Bundled catalogues, with the clinic's own approved wording laid over them once signed in.
const backend: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    // The pseudo-locale's catalogues are built like a language's (i18n-catalogs.ts).
    const load = Promise.all([loadMessages(language, namespace), clinicWording(language)]).then(
      ([messages, wording]) => ({ ...messages, ...wording[namespace] }),
    );
    load.then(
      (messages) => callback(null, messages),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

/** The language to start in: the one last used on this device, else the browser's. */
function initialLanguage(): string {
  if (isPseudo()) return pseudoLanguage;
  return localStorage.getItem(languageKey) ?? matchLanguage(navigator.languages);
}

/** The app's i18next instance: ICU MessageFormat messages, one catalogue per namespace, loaded on use. */
export const i18n = i18next;

// The page says which language it is in, so screen readers, hyphenation and fonts follow it.
i18next.on('languageChanged', (language) => {
  document.documentElement.lang = language === pseudoLanguage ? 'en' : language;
});

/** Resolves once the starting language's common catalogue is loaded, before the first render. */
export const i18nReady = i18n
  .use(compiledIcu)
  .use(backend)
  .use(initReactI18next)
  .init({
    lng: initialLanguage(),
    fallbackLng: sourceLanguage,
    ns: ['common'],
    defaultNS: 'common',
    // Keys are flat ("signIn.title"), and a message may contain ":" or ".".
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
    react: { useSuspense: true },
    returnNull: false,
  });

/**
 * Switches the app to the signed-in user's language, or to the device's when the user has none. The
 * device's own choice (the sign-in screen's menu) is left as it is. The pseudo-locale, once set, stays.
 */
export async function applyUserLanguage(language: Language | null): Promise<void> {
  if (isPseudo()) return;
  const next = language ?? initialLanguage();
  if (i18n.language !== next) await i18n.changeLanguage(next);
}

/** The device's language, chosen before anyone signs in: kept on this device for the next sign-in screen. */
export async function setDeviceLanguage(language: Language): Promise<void> {
  localStorage.setItem(languageKey, language);
  await applyUserLanguage(language);
}
