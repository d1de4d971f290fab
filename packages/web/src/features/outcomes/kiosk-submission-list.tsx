import type { KioskSubmission } from '@sotchart/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { outcomeKeys, outcomesApi } from '../../api/outcomes-api';
import { Alert } from '../../ui/alert';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { CheckboxField } from '../../ui/checkbox-field';
import { formatDateTime } from '../../ui/date-format';
import { Loading } from '../../ui/loading';
import { SignatureImage } from './signature-image';

function IntakeDetails({ intake }: { readonly intake: NonNullable<KioskSubmission['intake']> }) {
  const lists: [string, readonly string[]][] = [
    ['Conditions', intake.conditions],
    ['Surgeries', intake.surgeries],
    ['Medications', intake.medications],
    ['Allergies', intake.allergies],
  ];
  return (
    <dl className="facts stacked">
      <dt>Complaint</dt>
      <dd>{intake.complaint}</dd>
      <dt>Started</dt>
      <dd>{intake.complaintStarted === '' ? '—' : intake.complaintStarted}</dd>
      <dt>Pain now</dt>
      <dd>{intake.painNow === null ? '—' : `${intake.painNow}/10`}</dd>
      {lists.map(([label, items]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{items.length === 0 ? 'None given' : items.join('; ')}</dd>
        </div>
      ))}
      {intake.otherNotes === '' ? null : (
        <>
          <dt>Other</dt>
          <dd className="pre-wrap">{intake.otherNotes}</dd>
        </>
      )}
    </dl>
  );
}

/** Who may accept what: signed consents are the front desk's; an intake (the history) a clinician's. */
export interface ReviewRights {
  readonly consents: boolean;
  readonly intakes: boolean;
}

function SubmissionCard({
  submission,
  timeZone,
  review: rights,
}: {
  readonly submission: KioskSubmission;
  readonly timeZone: string;
  readonly review: ReviewRights;
}) {
  const canReview = submission.kind === 'intake' ? rights.intakes : rights.consents;
  const queryClient = useQueryClient();
  const [applyToHistory, setApplyToHistory] = useState(true);
  const review = useMutation({
    mutationFn: () =>
      outcomesApi.reviewSubmission(submission.id, submission.kind === 'intake' && applyToHistory),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['patient', submission.patientId] }),
  });
  const pending = submission.reviewedAt === null;
  return (
    <article className="panel kiosk-submission">
      <h3>
        {submission.kind === 'intake' ? 'Intake form' : (submission.consent?.text.title ?? 'Consent')}{' '}
        <Badge tone={pending ? 'warning' : 'success'}>{pending ? 'to review' : 'accepted'}</Badge>
      </h3>
      <p className="muted small">From the tablet, {formatDateTime(submission.submittedAt, timeZone)}</p>
      {submission.intake === null ? null : <IntakeDetails intake={submission.intake} />}
      {submission.kind === 'intake' && submission.intake === null ? (
        <p className="muted">Its answers are for the practitioner to read and accept.</p>
      ) : null}
      {submission.consent === null ? null : (
        <div className="stack">
          <details>
            <summary>Wording signed</summary>
            {submission.consent.text.paragraphs.map((p) => (
              <p key={p}>{p}</p>
            ))}
          </details>
          <SignatureImage
            signature={submission.consent.signature}
            label={`Signature of ${submission.consent.signedName}`}
          />
          <p>Signed as: {submission.consent.signedName}</p>
        </div>
      )}
      {pending && canReview ? (
        <div className="stack">
          {submission.kind === 'intake' ? (
            <CheckboxField
              label="Add conditions, surgeries, medications and allergies to the patient's history"
              checked={applyToHistory}
              onChange={setApplyToHistory}
            />
          ) : null}
          <div className="form-actions">
            <Button variant="primary" busy={review.isPending} onClick={() => review.mutate()}>
              Accept into the record
            </Button>
          </div>
          {review.isError ? <Alert tone="danger">{review.error.message}</Alert> : null}
        </div>
      ) : null}
    </article>
  );
}

/**
 * Intake forms and signed consents that came from the tablet, for staff to read and accept. The server
 * leaves an intake's content out for roles without clinical access; they see that it came.
 */
export function KioskSubmissionList({
  patientId,
  timeZone,
  review,
}: {
  readonly patientId: string;
  readonly timeZone: string;
  readonly review: ReviewRights;
}) {
  const submissions = useQuery({
    queryKey: outcomeKeys.kioskSubmissions(patientId),
    queryFn: () => outcomesApi.kioskSubmissions(patientId),
  });
  if (submissions.isPending) return <Loading />;
  if (submissions.isError) return <Alert tone="danger">{submissions.error.message}</Alert>;
  if (submissions.data.length === 0)
    return <p className="muted">No intake form or signed consent from the tablet yet.</p>;
  return (
    <div className="stack">
      {submissions.data.map((s) => (
        <SubmissionCard key={s.id} submission={s} timeZone={timeZone} review={review} />
      ))}
    </div>
  );
}
