import { languageNames, languages, pseudoLanguage, type Language } from '@sotchart/i18n';
import { useId } from 'react';
import { useTranslation } from '../../i18n/translation';
import { setDeviceLanguage } from '../../i18n/i18n';

/**
 * The device's language before anyone signs in: each language named in itself. The choice is kept on
 * this device for the next sign-in page; a signed-in user's own language setting then takes over.
 */
export function LanguageMenu() {
  const { t, i18n } = useTranslation('auth');
  const id = useId();
  const current = i18n.language;
  // The pseudo-locale of the browser tests is no one's choice: it shows as the source language.
  const value = current === pseudoLanguage ? 'en' : current;
  return (
    <div className="language-menu">
      <label htmlFor={id}>{t('signIn.language')}</label>
      <select
        id={id}
        translate="no"
        value={value}
        onChange={(e) => void setDeviceLanguage(e.target.value as Language)}
      >
        {languages.map((language) => (
          <option key={language} value={language} lang={language}>
            {languageNames[language]}
          </option>
        ))}
      </select>
    </div>
  );
}
