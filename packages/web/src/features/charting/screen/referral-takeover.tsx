import type { ReferralRecord } from '@sotchart/contract';
import type { Analysis } from '@sotchart/engine';
import { useId, useState } from 'react';
import { documentsApi } from '../../../api/documents-api';
import { Alert } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { ReferralForm } from './referral-form';
import { lessUrgent, referralStatus, urgencyHeadings, urgencyWords } from './referral-text';

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
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  const urgency = urgencyWords[referral.urgency];
  const tooLow = record !== null && lessUrgent(record.urgency, referral.urgency);
  return (
    <section id="referral" className="stack referral-takeover" aria-label="Referral">
      <div
        className={`referral referral-${referral.urgency}`}
        role="alert"
        aria-labelledby={headingId}
        data-urgency={referral.urgency}
      >
        <h2 id={headingId} tabIndex={-1}>
          {urgencyHeadings[referral.urgency]}
        </h2>
        <p className="referral-urgency">
          Urgency: <strong>{urgency.label}</strong> — {urgency.when}
        </p>
        <p className="referral-message">{referral.message}</p>
        <p>
          Red flag{referral.flags.length === 1 ? '' : 's'}:{' '}
          <strong>{referral.flags.map(name).join(', ')}</strong>
        </p>
      </div>
      <div className="panel stack">
        <h2>Referral</h2>
        <p className="referral-status" role="status" data-recorded={record === null ? 'no' : 'yes'}>
          <strong>{referralStatus(record, timeZone)}</strong>
          {record?.note === undefined ? null : <span className="muted"> — {record.note}</span>}
        </p>
        {record !== null && tooLow ? (
          <Alert tone="warning">
            The recorded urgency ({record.urgency}) is lower than the red flag's ({referral.urgency}). Change
            the referral: it may be the same or more urgent, never less.
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
            <Button onClick={() => setEditing(true)}>Change the referral</Button>
          </div>
        )}
        <p>
          <a href={documentsApi.referralLetterUrl(visitId)} download>
            Referral letter (PDF)
          </a>{' '}
          <span className="muted small">
            patient, the findings that raised the flag, urgency, clinic and practitioner — from the saved
            visit
          </span>
        </p>
      </div>
      <p>
        No pre-check, blocking, CMRT or home care is charted at this visit. Record the referral, then sign the
        note below.
      </p>
      {unanswered.length === 0 ? null : (
        <p className="muted">
          {unanswered.length === 1 ? 'One screen question is' : `${unanswered.length} screen questions are`}{' '}
          not answered yet; signing needs every answer.
        </p>
      )}
      <div className="row-actions">
        <Button onClick={onReview}>
          {unanswered.length === 0 ? 'Review the screen answers' : 'Answer the rest of the screen'}
        </Button>
      </div>
    </section>
  );
}
