import type { ReferralRecord } from '@sotchart/contract';
import type { Analysis } from '@sotchart/engine';
import { useId, useState } from 'react';
import { useTranslation } from '../../../i18n/translation';
import { documentsApi } from '../../../api/documents-api';
import { useProtocolText } from '../../../i18n/protocol-text';
import { Alert } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { listText } from '../analysis/list-text';
import { ReferralForm } from './referral-form';
import { lessUrgent, referralStatus, urgencyText } from './referral-text';

export interface ReferralTakeoverProps {
  readonly referral: NonNullable<Analysis['referral']>;
  /** The referral recorded on the visit, or null until the practitioner records it. */
  readonly record: ReferralRecord | null;
  readonly visitId: string;
  readonly timeZone: string;
  readonly name: (id: string) => string;
  /** Screen questions not answered yet (signing needs them all; the sign section names them). */
  readonly unanswered: readonly string[];
  readonly onRecord: (record: ReferralRecord) => void;
  readonly onReview: () => void;
}

/**
 * A positive red flag takes over the screen (REFERENCE §7): the urgency in words — an emergency as a
 * full-width danger banner — the engine's message and the flags, and no plan. Below it the
 * practitioner records the referral (to whom, how, when, urgency); until then it reads "Referral
 * recommended". The referral letter is one link away.
 */
export function ReferralTakeover({
  referral,
  record,
  visitId,
  timeZone,
  name,
  unanswered,
  onRecord,
  onReview,
}: ReferralTakeoverProps) {
  const { t } = useTranslation('charting');
  const text = useProtocolText();
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  const urgency = urgencyText(referral.urgency);
  const tooLow = record !== null && lessUrgent(record.urgency, referral.urgency);
  return (
    <section id="referral" className="stack referral-takeover" aria-label={t('referral.heading')}>
      <div
        className={`referral referral-${referral.urgency}`}
        role="alert"
        aria-labelledby={headingId}
        data-urgency={referral.urgency}
      >
        <h2 id={headingId} tabIndex={-1}>
          {urgency.heading}
        </h2>
        <p className="referral-urgency">
          {t('referral.urgency')} <strong>{urgency.label}</strong> — {urgency.when}
        </p>
        <p className="referral-message">{text('urgency', referral.urgency, 'message', referral.message)}</p>
        <p>
          {t('referral.flags', { count: referral.flags.length })}{' '}
          <strong>{listText(referral.flags.map(name))}</strong>
        </p>
      </div>
      <div className="panel stack">
        <h2>{t('referral.heading')}</h2>
        <p className="referral-status" role="status" data-recorded={record === null ? 'no' : 'yes'}>
          <strong>{referralStatus(record, timeZone)}</strong>
          {record?.note === undefined ? null : (
            <span className="muted">
              {' '}
              — <span translate="no">{record.note}</span>
            </span>
          )}
        </p>
        {record !== null && tooLow ? (
          <Alert tone="warning">
            {t('referral.tooLow', { recorded: record.urgency, advised: referral.urgency })}
          </Alert>
        ) : null}
        {record === null || editing ? (
          <ReferralForm
            advised={referral.urgency}
            recorded={record}
            timeZone={timeZone}
            onRecord={(next) => {
              onRecord(next);
              setEditing(false);
            }}
            {...(record === null ? {} : { onCancel: () => setEditing(false) })}
          />
        ) : (
          <div className="row-actions">
            <Button onClick={() => setEditing(true)}>{t('referral.change')}</Button>
          </div>
        )}
        <p>
          <a href={documentsApi.referralLetterUrl(visitId)} download>
            {t('referral.letter')}
          </a>{' '}
          <span className="muted small">{t('referral.letterContents')}</span>
        </p>
      </div>
      <p>{t('referral.nothingCharted')}</p>
      {unanswered.length === 0 ? null : (
        <p className="muted">{t('referral.unanswered', { count: unanswered.length })}</p>
      )}
      <div className="row-actions">
        <Button onClick={onReview}>
          {unanswered.length === 0 ? t('referral.reviewAnswers') : t('referral.answerRest')}
        </Button>
      </div>
    </section>
  );
}
