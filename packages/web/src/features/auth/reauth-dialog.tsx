import { useTranslation } from '../../i18n/translation';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { SignInForm } from './sign-in-form';

export interface ReauthDialogProps {
  readonly open: boolean;
  readonly email: string;
  readonly onSignedIn: () => Promise<void>;
  readonly onGiveUp: () => void;
}

/**
 * Shown over the current screen when the session expires: the screen, and any form being filled in,
 * stays as it is underneath; the request that found the session gone is sent again after sign-in.
 */
export function ReauthDialog({ open, email, onSignedIn, onGiveUp }: ReauthDialogProps) {
  const { t } = useTranslation('auth');
  return (
    <Dialog open={open} title={t('reauth.title')}>
      <p>{t('reauth.body')}</p>
      <SignInForm initialEmail={email} onSignedIn={onSignedIn} submitLabel={t('reauth.submit')} />
      <Button variant="link" onClick={onGiveUp}>
        {t('signOutInstead')}
      </Button>
    </Dialog>
  );
}
