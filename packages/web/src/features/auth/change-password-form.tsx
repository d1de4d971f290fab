import { minPasswordLength } from '@sotchart/contract';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/translation';
import { authApi } from '../../api/auth-api';
import { errorFor, fieldErrorsOf } from '../../api/field-errors';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { TextField } from '../../ui/text-field';
import { authErrorMessage } from './auth-error-message';

/** Current password, new password twice; `onChanged` runs once the server accepted the new one. */
export function ChangePasswordForm({ onChanged }: { readonly onChanged: () => Promise<void> | void }) {
  const { t } = useTranslation('auth');
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const change = useMutation({
    mutationFn: () => authApi.changePassword({ currentPassword, newPassword }),
    onSuccess: async () => {
      await onChanged();
    },
  });
  const errors = fieldErrorsOf(change.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const differs = newPassword !== confirm;
    setMismatch(differs);
    if (!differs) change.mutate();
  };
  return (
    <form className="stack" onSubmit={submit} noValidate>
      {change.isError ? <Alert tone="danger">{authErrorMessage(change.error)}</Alert> : null}
      <TextField
        label={t('password.current')}
        type="password"
        autoComplete="current-password"
        value={currentPassword}
        onChange={setCurrent}
        error={errorFor(errors, 'currentPassword')}
      />
      <TextField
        label={t('password.new')}
        type="password"
        autoComplete="new-password"
        hint={t('password.newHint', { min: minPasswordLength })}
        value={newPassword}
        onChange={setNew}
        error={errorFor(errors, 'newPassword')}
      />
      <TextField
        label={t('password.confirm')}
        type="password"
        autoComplete="new-password"
        value={confirm}
        onChange={setConfirm}
        error={mismatch ? t('password.mismatch') : undefined}
      />
      <Button type="submit" variant="primary" busy={change.isPending}>
        {t('password.submit')}
      </Button>
    </form>
  );
}
