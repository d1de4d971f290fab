import { matchLanguage, pseudoLanguage, type Language } from '@sotchart/i18n';
import { i18n } from './translation';

export { i18n };

const languageKey = 'sotchart.language';
const pseudoKey = 'sotchart.pseudo';

/** Whether this browser runs the pseudo-locale of the quality gate (set by the browser tests). */
export function isPseudo(): boolean {
  return localStorage.getItem(pseudoKey) === '1';
}

/** The language to start in: the one last used on this device, else the browser's. */
function initialLanguage(): string {
  if (isPseudo()) return pseudoLanguage;
  return localStorage.getItem(languageKey) ?? matchLanguage(navigator.languages);
}

// The page says which language it is in, so screen readers, hyphenation and fonts follow it.
const markPage = (language: string): void => {
  document.documentElement.lang = language === pseudoLanguage ? 'en' : language;
};
i18n.onLanguageChanged(markPage);

/** Resolves once the starting language's common catalogue is loaded, before the first render. */
export const i18nReady = i18n.changeLanguage(initialLanguage()).then(() => markPage(i18n.language));

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
