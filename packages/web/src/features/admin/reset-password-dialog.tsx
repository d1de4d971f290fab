import type { User } from '@sotchart/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../api/query-keys';
import { usersApi } from '../../api/users-api';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { TemporaryPasswordNotice } from './temporary-password-notice';

/** Confirms, then resets a user's password to a temporary one they must change at their next sign-in. */
export function ResetPasswordDialog({
  user,
  onClose,
}: {
  readonly user: User;
  readonly onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const reset = useMutation({
    mutationFn: () => usersApi.resetPassword(user.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.users }),
  });
  return (
    <Dialog open title={`Reset the password of ${user.displayName}?`} onClose={onClose}>
      {reset.data === undefined ? (
        <>
          <p>
            Their current password stops working at once and they are signed out everywhere. You get a
            temporary password to give them; they choose a new one when they next sign in.
          </p>
          {reset.isError ? <Alert tone="danger">{reset.error.message}</Alert> : null}
          <div className="form-actions">
            <Button variant="danger" busy={reset.isPending} onClick={() => reset.mutate()}>
              Reset password
            </Button>
            <Button onClick={onClose}>Cancel</Button>
          </div>
        </>
      ) : (
        <>
          <TemporaryPasswordNotice name={user.displayName} password={reset.data.temporaryPassword} />
          <Button variant="primary" onClick={onClose}>
            Done
          </Button>
        </>
      )}
    </Dialog>
  );
}
