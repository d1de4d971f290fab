import { ErrorCode, type KioskForm, type KioskSubmitInput } from '@sotchart/contract';
import { useEffect, useState } from 'react';
import { ApiError } from '../../api/api-error';
import { kioskApi } from '../../api/outcomes-api';
import { KioskConsent } from './kiosk-consent';
import { KioskIntake } from './kiosk-intake';
import { KioskQuestionnaire } from './kiosk-questionnaire';
import { forgetKioskToken, takeKioskToken } from './kiosk-token';
import './kiosk.css';

type State =
  | { readonly kind: 'loading' }
  | { readonly kind: 'form'; readonly form: KioskForm }
  | { readonly kind: 'done'; readonly givenName: string }
  | { readonly kind: 'expired' }
  | { readonly kind: 'failed'; readonly message: string };

type Body = KioskSubmitInput extends infer B
  ? B extends { token: string }
    ? Omit<B, 'token'>
    : never
  : never;

/**
 * The patient-facing tablet page: no sign-in, no app chrome, large touch targets. It opens the one
 * form its link names, sends it once, then thanks the patient; a used or expired link says so.
 */
export function KioskPage() {
  const [token] = useState(takeKioskToken);
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    document.title = 'Patient form · SOT Chart';
    if (token === null) {
      setState({ kind: 'expired' });
      return;
    }
    kioskApi.open(token).then(
      (form) => setState({ kind: 'form', form }),
      (e: unknown) =>
        setState(
          e instanceof ApiError && (e.code === ErrorCode.LINK_EXPIRED || e.status === 400)
            ? { kind: 'expired' }
            : { kind: 'failed', message: e instanceof Error ? e.message : 'Something went wrong.' },
        ),
    );
  }, [token]);

  const send = async (body: Body, givenName: string) => {
    if (token === null) return;
    setSending(true);
    setError(null);
    try {
      await kioskApi.submit({ ...body, token } as KioskSubmitInput);
      forgetKioskToken();
      setState({ kind: 'done', givenName });
    } catch (e) {
      if (e instanceof ApiError && e.code === ErrorCode.LINK_EXPIRED) setState({ kind: 'expired' });
      else
        setError(
          e instanceof ApiError && e.details.length > 0
            ? `Please check your answers: ${e.details.map((d) => d.message).join('; ')}`
            : e instanceof Error
              ? e.message
              : 'Something went wrong.',
        );
    } finally {
      setSending(false);
    }
  };

  return (
    <main className="kiosk" id="main">
      {state.kind === 'loading' ? (
        <p className="kiosk-status" role="status">
          Opening your form…
        </p>
      ) : null}
      {state.kind === 'expired' ? (
        <div className="kiosk-card">
          <h1>This link has been used or has expired</h1>
          <p>Please hand the tablet back to the front desk for a new one.</p>
        </div>
      ) : null}
      {state.kind === 'failed' ? (
        <div className="kiosk-card">
          <h1>The form could not be opened</h1>
          <p>{state.message}</p>
        </div>
      ) : null}
      {state.kind === 'done' ? (
        <div className="kiosk-card">
          <h1>Thank you, {state.givenName}</h1>
          <p>Your answers have been sent to the clinic. Please hand the tablet back to the front desk.</p>
        </div>
      ) : null}
      {state.kind === 'form' ? (
        <>
          <header className="kiosk-head">
            <p className="kiosk-clinic">{state.form.clinicName}</p>
            <h1>
              Hello {state.form.givenName}
              {state.form.questionnaire === null
                ? ''
                : `: ${state.form.questionnaire.wording?.name ?? state.form.questionnaire.definition.name}`}
            </h1>
            {state.form.questionnaire?.wording?.instructions ? (
              <p>{state.form.questionnaire.wording.instructions}</p>
            ) : null}
          </header>
          {error !== null && state.form.kind === 'questionnaire' ? (
            <p className="kiosk-error" role="alert">
              {error}
            </p>
          ) : null}
          {state.form.kind === 'questionnaire' && state.form.questionnaire !== null ? (
            <KioskQuestionnaire
              questionnaire={state.form.questionnaire}
              sending={sending}
              onSubmit={(answers) => void send({ kind: 'questionnaire', answers }, state.form.givenName)}
            />
          ) : null}
          {state.form.kind === 'intake' ? (
            <KioskIntake
              sending={sending}
              error={error}
              onSubmit={(intake) => void send({ kind: 'intake', intake }, state.form.givenName)}
            />
          ) : null}
          {state.form.kind === 'consent' && state.form.consent !== null ? (
            <KioskConsent
              consent={state.form.consent}
              sending={sending}
              error={error}
              onSubmit={(signedName, signature) =>
                void send({ kind: 'consent', signedName, signature }, state.form.givenName)
              }
            />
          ) : null}
        </>
      ) : null}
    </main>
  );
}
