import type { ConsentType, KioskForm } from '@sotchart/contract';
import type { InstrumentId } from '@sotchart/engine';
import { useTranslation } from '../../i18n/translation';
import { checkInSteps, whatFollows } from './check-in-steps';
import { KioskConsent } from './kiosk-consent';
import { KioskQuestionnaire } from './kiosk-questionnaire';
import { QuestionnaireHeading } from './questionnaire-heading';
import type { SignatureStrokes } from './signature-pad';

/**
 * One screen of a check-in hand-over: "I'm here" for the patient's own appointment (its time only),
 * then each due questionnaire, then each consent to sign — the same forms as the other tablet links.
 */
export function KioskCheckIn({
  form,
  step,
  sending,
  error,
  onArrive,
  onAnswers,
  onSign,
}: {
  readonly form: KioskForm;
  /** Which of the hand-over's screens is on show. */
  readonly step: number;
  readonly sending: boolean;
  readonly error: string | null;
  readonly onArrive: () => void;
  readonly onAnswers: (instrumentId: InstrumentId, answers: Record<string, unknown>) => void;
  readonly onSign: (consentType: ConsentType, signedName: string, signature: SignatureStrokes) => void;
}) {
  const { t } = useTranslation('kiosk');
  const steps = checkInSteps(form);
  const current = steps[step];
  const time = form.checkIn?.time ?? '';
  if (current === undefined) return null;
  const errorLine =
    error === null ? null : (
      <p className="kiosk-error" role="alert">
        {error}
      </p>
    );
  if (current.kind === 'arrive') {
    const { questionnaires, consents } = whatFollows(steps);
    const then =
      questionnaires > 0 && consents > 0
        ? t('checkIn.thenBoth', { questionnaires, consents })
        : questionnaires > 0
          ? t('checkIn.thenQuestionnaires', { questionnaires })
          : consents > 0
            ? t('checkIn.thenConsents', { consents })
            : null;
    return (
      <>
        <header className="kiosk-head">
          <p className="kiosk-clinic" translate="no">
            {form.clinicName}
          </p>
          <h1>{t('greeting', { givenName: form.givenName })}</h1>
        </header>
        <div className="kiosk-card">
          <p className="kiosk-lead">{t('checkIn.appointmentAt', { time })}</p>
          <p>
            {t('checkIn.tapHere')}
            {then === null ? null : <> {then}</>}
          </p>
          {errorLine}
          <div className="kiosk-actions">
            <button
              type="button"
              className="kiosk-button kiosk-primary"
              disabled={sending}
              onClick={onArrive}
            >
              {sending ? t('sending') : t('checkIn.imHere')}
            </button>
          </div>
        </div>
      </>
    );
  }
  const checkedIn = (
    <p className="kiosk-checked-in" role="status">
      <span aria-hidden="true">✓ </span>
      {t('checkIn.checkedIn', { time })}
    </p>
  );
  if (current.kind === 'questionnaire')
    return (
      <>
        <header className="kiosk-head">
          <p className="kiosk-clinic" translate="no">
            {form.clinicName}
          </p>
          {checkedIn}
          <QuestionnaireHeading
            givenName={form.givenName}
            questionnaire={current.questionnaire}
            position={current.position}
            total={current.total}
          />
        </header>
        {errorLine}
        <KioskQuestionnaire
          key={current.questionnaire.definition.id}
          questionnaire={current.questionnaire}
          sending={sending}
          onSubmit={(answers) => onAnswers(current.questionnaire.definition.id, answers)}
        />
      </>
    );
  return (
    <>
      <header className="kiosk-head">
        <p className="kiosk-clinic" translate="no">
          {form.clinicName}
        </p>
        {checkedIn}
        {current.total > 1 ? (
          <p className="kiosk-progress" aria-live="polite">
            {t('checkIn.consentProgress', { position: current.position, total: current.total })}
          </p>
        ) : null}
        <h1>{t('checkIn.consentHeading', { givenName: form.givenName })}</h1>
      </header>
      <KioskConsent
        key={current.consent.type}
        consent={current.consent}
        sending={sending}
        error={error}
        onSubmit={(signedName, signature) => onSign(current.consent.type, signedName, signature)}
      />
    </>
  );
}
