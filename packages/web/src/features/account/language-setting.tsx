import { LanguageSchema } from '@sotchart/contract';
import { languageNames, languages } from '@sotchart/i18n';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from '../../i18n/translation';
import { authApi } from '../../api/auth-api';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Section } from '../../ui/section';
import { SelectField } from '../../ui/select-field';
import { useSession, useSessionState } from '../auth/session-context';

/** The select's value for "no language of my own": the device's language is used. */
const sameAsDevice = '';

/**
 * The user's own language for the app, kept with their account so it follows them to any device;
 * "Same as this device" leaves it to the device's setting (the sign-in page's language menu).
 */
export function LanguageSetting() {
  const { t } = useTranslation('account');
  const session = useSession();
  const { refresh } = useSessionState();
  const stored = session.user.language ?? sameAsDevice;
  const [value, setValue] = useState<string>(stored);
  const save = useMutation({
    mutationFn: (language: string) =>
      authApi.updateMe({ language: language === sameAsDevice ? null : LanguageSchema.parse(language) }),
    // The session provider switches the app to the language the re-read session carries.
    onSuccess: () => refresh(),
  });
  return (
    <Section title={t('language.title')}>
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate(value);
        }}
      >
        {save.isError ? <Alert tone="danger">{save.error.message}</Alert> : null}
        {save.isSuccess && value === stored ? <Alert tone="success">{t('language.saved')}</Alert> : null}
        <SelectField
          id="account-language"
          label={t('language.label')}
          hint={t('language.hint')}
          value={value}
          onChange={setValue}
          options={[
            { value: sameAsDevice, label: t('language.sameAsDevice') },
            ...languages.map((language) => ({
              value: language,
              label: languageNames[language],
              lang: language,
            })),
          ]}
        />
        <div className="form-actions">
          <Button type="submit" variant="primary" busy={save.isPending} disabled={value === stored}>
            {t('language.save')}
          </Button>
        </div>
      </form>
    </Section>
  );
}
