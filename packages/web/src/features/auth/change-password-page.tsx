import { useState } from 'react';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { PageTitle } from '../../ui/page-title';
import { CalendarFeedPanel } from '../account/calendar-feed-panel';
import { ChangePasswordForm } from './change-password-form';
import { useSession, useSessionState } from './session-context';

/**
 * Password change. `forced` when the account has a temporary password (new or reset by an owner):
 * nothing else opens until it is changed.
 */
export function ChangePasswordPage({ forced = false }: { readonly forced?: boolean }) {
  const { refresh, signOut } = useSessionState();
  const session = useSession();
  const [done, setDone] = useState(false);
  return (
    <div className="narrow stack">
      <PageTitle title={forced ? 'Choose a new password' : 'Change password'} />
      {forced ? (
        <p>{session.user.displayName}, your password was set by the clinic. Choose your own to carry on.</p>
      ) : null}
      {done ? <Alert tone="success">Your password has been changed.</Alert> : null}
      <ChangePasswordForm
        onChanged={async () => {
          setDone(true);
          await refresh();
        }}
      />
      {forced ? (
        <Button variant="link" onClick={() => void signOut()}>
          Sign out instead
        </Button>
      ) : null}
      {forced ? null : <CalendarFeedPanel />}
    </div>
  );
}
