import { ErrorCode, type KioskForm, type KioskReceipt, type KioskSubmitInput } from '@sotchart/contract';
import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/translation';
import { ApiError } from '../../api/api-error';
import { kioskApi } from '../../api/outcomes-api';
import { isPseudo } from '../../i18n/i18n';
import { KioskCheckIn } from './kiosk-check-in';
import { KioskConsent } from './kiosk-consent';
import { KioskIntake } from './kiosk-intake';
import { KioskLanguageMenu } from './kiosk-language-menu';
import { KioskQuestionnaire } from './kiosk-questionnaire';
import { QuestionnaireHeading } from './questionnaire-heading';
import { forgetKioskToken, takeKioskToken } from './kiosk-token';
import './kiosk.css';

type State =
  | { readonly kind: 'loading' }
  /** `step`: which of the form's questionnaires (or a check-in's screens) is on screen (0 for other kinds). */
  | { readonly kind: 'form'; readonly form: KioskForm; readonly step: number }
  | {
      readonly kind: 'done';
      readonly givenName: string;
      readonly questionnaires: number;
      /** A check-in's appointment time. */
      readonly checkedInFor: string | null;
    }
  | { readonly kind: 'expired' }
  | { readonly kind: 'failed'; readonly message: string | null };

type Body = KioskSubmitInput extends infer B
  ? B extends { token: string }
    ? Omit<B, 'token'>
    : never
  : never;

/**
 * The patient-facing tablet page: no sign-in, no app chrome, large touch targets. It opens the form
 * its link names, or its questionnaires one after another ("Questionnaire 1 of 2"), or a check-in
 * ("I'm here", then what is due), sends each once, then thanks the patient; a used or expired link
 * says so. The page speaks the patient's language (the link's answer names it); the patient may
 * pick another from the language menu.
 */
export function KioskPage() {
  const { t, i18n } = useTranslation('kiosk');
  const [token] = useState(takeKioskToken);
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    document.title = t('page.documentTitle');
  }, [t]);

  // The tablet goes back to the app's language when the patient's form is left.
  useEffect(() => {
    const before = i18n.language;
    return () => {
      if (!isPseudo() && i18n.language !== before) void i18n.changeLanguage(before);
    };
  }, [i18n]);

  useEffect(() => {
    if (token === null) {
      setState({ kind: 'expired' });
      return;
    }
    kioskApi.open(token).then(
      (form) => {
        if (!isPseudo() && i18n.language !== form.language) void i18n.changeLanguage(form.language);
        setState({ kind: 'form', form, step: 0 });
      },
      (e: unknown) =>
        setState(
          e instanceof ApiError && (e.code === ErrorCode.LINK_EXPIRED || e.status === 400)
            ? { kind: 'expired' }
            : { kind: 'failed', message: e instanceof Error ? e.message : null },
        ),
    );
  }, [token, i18n]);

  /** After a form is sent: the link's next questionnaire, or the thank-you once nothing remains. */
  const next = (form: KioskForm, step: number, receipt: KioskReceipt): State => {
    if (receipt.remaining > 0) return { kind: 'form', form, step: step + 1 };
    forgetKioskToken();
    return {
      kind: 'done',
      givenName: form.givenName,
      questionnaires: form.answered + step + 1,
      checkedInFor: form.checkIn?.time ?? null,
    };
  };

  const send = async (body: Body, form: KioskForm, step: number) => {
    if (token === null) return;
    setSending(true);
    setError(null);
    try {
      const receipt = await kioskApi.submit({ ...body, token } as KioskSubmitInput);
      setState(next(form, step, receipt));
      window.scrollTo(0, 0);
    } catch (e) {
      if (e instanceof ApiError && e.code === ErrorCode.LINK_EXPIRED) setState({ kind: 'expired' });
      else
        setError(
          e instanceof ApiError && e.details.length > 0
            ? t('error.checkAnswers', { details: e.details.map((d) => d.message).join('; ') })
            : e instanceof Error
              ? e.message
              : t('error.generic'),
        );
    } finally {
      setSending(false);
    }
  };

  // A render helper, not a component: a component declared in here would remount (and lose the
  // patient's answers) on every render.
  const formView = (form: KioskForm, step: number) => {
    const questionnaire = form.questionnaires[step];
    return (
      <>
        <header className="kiosk-head">
          <p className="kiosk-clinic" translate="no">
            {form.clinicName}
          </p>
          {questionnaire === undefined ? (
            <h1>{t('greeting', { givenName: form.givenName })}</h1>
          ) : (
            <QuestionnaireHeading
              givenName={form.givenName}
              questionnaire={questionnaire}
              position={form.answered + step + 1}
              total={form.answered + form.questionnaires.length}
            />
          )}
        </header>
        {error !== null && form.kind === 'questionnaire' ? (
          <p className="kiosk-error" role="alert">
            {error}
          </p>
        ) : null}
        {questionnaire === undefined ? null : (
          <KioskQuestionnaire
            key={questionnaire.definition.id}
            questionnaire={questionnaire}
            sending={sending}
            onSubmit={(answers) =>
              void send(
                { kind: 'questionnaire', instrumentId: questionnaire.definition.id, answers },
                form,
                step,
              )
            }
          />
        )}
        {form.kind === 'intake' ? (
          <KioskIntake
            sending={sending}
            error={error}
            onSubmit={(intake) => void send({ kind: 'intake', intake }, form, step)}
          />
        ) : null}
        {form.kind === 'consent' && form.consent !== null ? (
          <KioskConsent
            consent={form.consent}
            sending={sending}
            error={error}
            onSubmit={(signedName, signature) =>
              void send({ kind: 'consent', signedName, signature }, form, step)
            }
          />
        ) : null}
      </>
    );
  };

  return (
    <main className="kiosk" id="main">
      <KioskLanguageMenu />
      {state.kind === 'loading' ? (
        <p className="kiosk-status" role="status">
          {t('status.opening')}
        </p>
      ) : null}
      {state.kind === 'expired' ? (
        <div className="kiosk-card">
          <h1>{t('expired.title')}</h1>
          <p>{t('expired.body')}</p>
        </div>
      ) : null}
      {state.kind === 'failed' ? (
        <div className="kiosk-card">
          <h1>{t('failed.title')}</h1>
          <p>{state.message ?? t('error.generic')}</p>
        </div>
      ) : null}
      {state.kind === 'done' && state.checkedInFor !== null ? (
        <div className="kiosk-card">
          <h1>{t('done.checkedInTitle', { time: state.checkedInFor })}</h1>
          <p>{t('done.checkedInBody', { givenName: state.givenName })}</p>
        </div>
      ) : null}
      {state.kind === 'done' && state.checkedInFor === null ? (
        <div className="kiosk-card">
          <h1>{t('done.title', { givenName: state.givenName })}</h1>
          <p>{t('done.body', { questionnaires: state.questionnaires })}</p>
        </div>
      ) : null}
      {state.kind === 'form' && state.form.kind === 'check_in' ? (
        <KioskCheckIn
          form={state.form}
          step={state.step}
          sending={sending}
          error={error}
          onArrive={() => void send({ kind: 'check_in' }, state.form, state.step)}
          onAnswers={(instrumentId, answers) =>
            void send({ kind: 'questionnaire', instrumentId, answers }, state.form, state.step)
          }
          onSign={(consentType, signedName, signature) =>
            void send({ kind: 'consent', consentType, signedName, signature }, state.form, state.step)
          }
        />
      ) : null}
      {state.kind === 'form' && state.form.kind !== 'check_in' ? formView(state.form, state.step) : null}
    </main>
  );
}
