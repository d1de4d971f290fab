import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { authApi } from '../../api/auth-api';
import { errorFor, fieldErrorsOf } from '../../api/field-errors';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { TextField } from '../../ui/text-field';
import { authErrorMessage } from './auth-error-message';

export interface SignInFormProps {
  readonly initialEmail?: string;
  /** Runs after the server accepted the credentials (e.g. re-read the session, then navigate). */
  readonly onSignedIn: () => Promise<void> | void;
  readonly submitLabel?: string;
}

/** Email and password; used by the sign-in screen and by the dialog shown when a session expires. */
export function SignInForm({ initialEmail = '', onSignedIn, submitLabel = 'Sign in' }: SignInFormProps) {
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState('');
  const login = useMutation({
    mutationFn: () => authApi.login({ email, password }),
    onSuccess: async () => {
      setPassword('');
      await onSignedIn();
    },
  });
  const errors = fieldErrorsOf(login.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate();
  };
  return (
    <form className="stack" onSubmit={submit} noValidate>
      {login.isError ? <Alert tone="danger">{authErrorMessage(login.error)}</Alert> : null}
      <TextField
        label="Email"
        type="email"
        autoComplete="username"
        value={email}
        onChange={setEmail}
        error={errorFor(errors, 'email')}
        autoFocus={initialEmail === ''}
      />
      <TextField
        label="Password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={setPassword}
        error={errorFor(errors, 'password')}
        autoFocus={initialEmail !== ''}
      />
      <Button type="submit" variant="primary" busy={login.isPending}>
        {submitLabel}
      </Button>
    </form>
  );
}
