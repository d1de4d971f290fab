import { ClinicChoiceSchema, ErrorCode, type ClinicChoice } from '@sotchart/contract';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/translation';
import { hasErrorCode } from '../../api/api-error';
import { authApi } from '../../api/auth-api';
import { errorFor, fieldErrorsOf } from '../../api/field-errors';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { RadioGroup } from '../../ui/radio-group';
import { TextField } from '../../ui/text-field';
import { authErrorMessage } from './auth-error-message';

export interface SignInFormProps {
  readonly initialEmail?: string;
  /** Runs after the server accepted the credentials (e.g. re-read the session, then navigate). */
  readonly onSignedIn: () => Promise<void> | void;
  readonly submitLabel?: string;
}

/** Email and password; used by the sign-in screen and by the dialog shown when a session expires. */
export function SignInForm({ initialEmail = '', onSignedIn, submitLabel }: SignInFormProps) {
  const { t } = useTranslation('auth');
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState('');
  const [choice, setChoice] = useState<ClinicChoice | null>(null);
  const [clinicId, setClinicId] = useState('');
  const login = useMutation({
    mutationFn: () => authApi.login({ email, password, ...(clinicId === '' ? {} : { clinicId }) }),
    onSuccess: async () => {
      setPassword('');
      await onSignedIn();
    },
    onError: (error) => {
      const clinics = clinicChoiceOf(error);
      setChoice(clinics);
      setClinicId(clinics?.clinics[0]?.id ?? '');
    },
  });
  const errors = fieldErrorsOf(login.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate();
  };
  return (
    <form className="stack" onSubmit={submit} noValidate>
      {login.isError && choice === null ? <Alert tone="danger">{authErrorMessage(login.error)}</Alert> : null}
      <TextField
        label={t('signIn.email')}
        type="email"
        autoComplete="username"
        value={email}
        onChange={(next) => {
          // Another email has other accounts: a clinic chosen for the last one no longer applies.
          setEmail(next);
          setChoice(null);
          setClinicId('');
        }}
        error={errorFor(errors, 'email')}
        autoFocus={initialEmail === ''}
      />
      <TextField
        label={t('signIn.password')}
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={setPassword}
        error={errorFor(errors, 'password')}
        autoFocus={initialEmail !== ''}
      />
      {choice === null ? null : (
        <RadioGroup
          legend={t('signIn.whichClinic')}
          value={clinicId}
          options={choice.clinics.map((c) => ({ value: c.id, label: c.name, userData: true }))}
          onChange={setClinicId}
        />
      )}
      <Button type="submit" variant="primary" busy={login.isPending}>
        {submitLabel ?? t('signIn.submit')}
      </Button>
    </form>
  );
}

/** The clinics to choose from when the answer is CLINIC_CHOICE_REQUIRED; null for any other outcome. */
function clinicChoiceOf(error: unknown): ClinicChoice | null {
  if (!hasErrorCode(error, ErrorCode.CLINIC_CHOICE_REQUIRED)) return null;
  const parsed = ClinicChoiceSchema.safeParse(error.current);
  return parsed.success ? parsed.data : null;
}
