import { useState } from 'react';
import { useTranslation } from '../../i18n/translation';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Embed, embedMark } from '../../ui/embed';
import { PageTitle } from '../../ui/page-title';
import { CalendarFeedPanel } from '../account/calendar-feed-panel';
import { LanguageSetting } from '../account/language-setting';
import { ChangePasswordForm } from './change-password-form';
import { useSession, useSessionState } from './session-context';

/**
 * Password change. `forced` when the account has a temporary password (new or reset by an owner):
 * nothing else opens until it is changed.
 */
export function ChangePasswordPage({ forced = false }: { readonly forced?: boolean }) {
  const { t } = useTranslation('auth');
  const { refresh, signOut } = useSessionState();
  const session = useSession();
  const [done, setDone] = useState(false);
  return (
    <div className="narrow stack">
      <PageTitle title={forced ? t('password.forcedTitle') : t('password.title')} />
      {forced ? (
        <p>
          <Embed text={t('password.forcedBody', { name: embedMark })}>
            <span translate="no">{session.user.displayName}</span>
          </Embed>
        </p>
      ) : null}
      {done ? <Alert tone="success">{t('password.changed')}</Alert> : null}
      <ChangePasswordForm
        onChanged={async () => {
          setDone(true);
          await refresh();
        }}
      />
      {forced ? (
        <Button variant="link" onClick={() => void signOut()}>
          {t('signOutInstead')}
        </Button>
      ) : null}
      {forced ? null : <LanguageSetting />}
      {forced ? null : <CalendarFeedPanel />}
    </div>
  );
}
