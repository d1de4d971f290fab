import type { User } from '@sotchart/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '../../i18n/translation';
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
  const { t } = useTranslation(['admin', 'common']);
  const queryClient = useQueryClient();
  const reset = useMutation({
    mutationFn: () => usersApi.resetPassword(user.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.users }),
  });
  return (
    <Dialog open title={t('resetPassword.title', { name: user.displayName })} onClose={onClose}>
      {reset.data === undefined ? (
        <>
          <p>{t('resetPassword.body')}</p>
          {reset.isError ? <Alert tone="danger">{reset.error.message}</Alert> : null}
          <div className="form-actions">
            <Button variant="danger" busy={reset.isPending} onClick={() => reset.mutate()}>
              {t('resetPassword.confirm')}
            </Button>
            <Button onClick={onClose}>{t('cancel', { ns: 'common' })}</Button>
          </div>
        </>
      ) : (
        <>
          <TemporaryPasswordNotice name={user.displayName} password={reset.data.temporaryPassword} />
          <Button variant="primary" onClick={onClose}>
            {t('resetPassword.done')}
          </Button>
        </>
      )}
    </Dialog>
  );
}
