import { languageNames, languages, type Language } from '@sotchart/i18n';
import { useId } from 'react';
import { useTranslation } from '../../i18n/translation';
import { isPseudo } from '../../i18n/i18n';

/**
 * The tablet's small language menu: the form opens in the patient's language, and the patient may
 * switch it here. Each language is named in itself. Under the pseudo-locale of the browser tests the
 * menu shows but leaves the language alone.
 */
export function KioskLanguageMenu() {
  const { t, i18n } = useTranslation('kiosk');
  const id = useId();
  const current = (languages as readonly string[]).includes(i18n.language) ? i18n.language : 'en';
  return (
    <div className="kiosk-language">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        value={current}
        onChange={(e) => {
          if (!isPseudo()) void i18n.changeLanguage(e.target.value as Language);
        }}
      >
        {languages.map((language) => (
          <option key={language} value={language} lang={language} translate="no">
            {languageNames[language]}
          </option>
        ))}
      </select>
    </div>
  );
}
