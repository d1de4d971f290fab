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
  return (
    <Dialog open={open} title="Your session has ended">
      <p>Sign in again to carry on. Nothing you entered on this screen has been lost.</p>
      <SignInForm initialEmail={email} onSignedIn={onSignedIn} submitLabel="Sign in and carry on" />
      <Button variant="link" onClick={onGiveUp}>
        Sign out instead
      </Button>
    </Dialog>
  );
}
