import type { KioskSubmission } from '@sotchart/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from '../../i18n/translation';
import { outcomeKeys, outcomesApi } from '../../api/outcomes-api';
import { Alert } from '../../ui/alert';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { CheckboxField } from '../../ui/checkbox-field';
import { formatDateTime } from '../../ui/date-format';
import { Loading } from '../../ui/loading';
import { SignatureImage } from './signature-image';

function IntakeDetails({ intake }: { readonly intake: NonNullable<KioskSubmission['intake']> }) {
  const { t } = useTranslation('outcomes');
  const lists: [string, string, readonly string[]][] = [
    ['conditions', t('intake.conditions'), intake.conditions],
    ['surgeries', t('intake.surgeries'), intake.surgeries],
    ['medications', t('intake.medications'), intake.medications],
    ['allergies', t('intake.allergies'), intake.allergies],
  ];
  return (
    <dl className="facts stacked">
      <dt>{t('intake.complaint')}</dt>
      <dd translate="no">{intake.complaint}</dd>
      <dt>{t('intake.started')}</dt>
      <dd translate="no">{intake.complaintStarted === '' ? '—' : intake.complaintStarted}</dd>
      <dt>{t('intake.painNow')}</dt>
      <dd>{intake.painNow === null ? '—' : `${intake.painNow}/10`}</dd>
      {lists.map(([key, label, items]) => (
        <div key={key}>
          <dt>{label}</dt>
          {items.length === 0 ? <dd>{t('intake.noneGiven')}</dd> : <dd translate="no">{items.join('; ')}</dd>}
        </div>
      ))}
      {intake.otherNotes === '' ? null : (
        <>
          <dt>{t('intake.other')}</dt>
          <dd className="pre-wrap" translate="no">
            {intake.otherNotes}
          </dd>
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
  const { t } = useTranslation('outcomes');
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
        {submission.kind === 'intake' ? (
          t('submission.intake')
        ) : submission.consent === null ? (
          t('submission.consent')
        ) : (
          <span translate="no">{submission.consent.text.title}</span>
        )}{' '}
        <Badge tone={pending ? 'warning' : 'success'}>
          {pending ? t('submission.toReview') : t('submission.accepted')}
        </Badge>
      </h3>
      <p className="muted small">
        {t('submission.fromTablet', { date: formatDateTime(submission.submittedAt, timeZone) })}
      </p>
      {submission.intake === null ? null : <IntakeDetails intake={submission.intake} />}
      {submission.kind === 'intake' && submission.intake === null ? (
        <p className="muted">{t('submission.forPractitioner')}</p>
      ) : null}
      {submission.consent === null ? null : (
        <div className="stack">
          <details>
            <summary>{t('submission.wordingSigned')}</summary>
            {submission.consent.text.paragraphs.map((p) => (
              <p key={p} translate="no">
                {p}
              </p>
            ))}
          </details>
          <SignatureImage
            signature={submission.consent.signature}
            label={t('submission.signatureOf', { name: submission.consent.signedName })}
          />
          <p>
            {t('submission.signedAs')} <span translate="no">{submission.consent.signedName}</span>
          </p>
        </div>
      )}
      {pending && canReview ? (
        <div className="stack">
          {submission.kind === 'intake' ? (
            <CheckboxField
              label={t('submission.applyToHistory')}
              checked={applyToHistory}
              onChange={setApplyToHistory}
            />
          ) : null}
          <div className="form-actions">
            <Button variant="primary" busy={review.isPending} onClick={() => review.mutate()}>
              {t('submission.accept')}
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
  const { t } = useTranslation('outcomes');
  const submissions = useQuery({
    queryKey: outcomeKeys.kioskSubmissions(patientId),
    queryFn: () => outcomesApi.kioskSubmissions(patientId),
  });
  if (submissions.isPending) return <Loading />;
  if (submissions.isError) return <Alert tone="danger">{submissions.error.message}</Alert>;
  if (submissions.data.length === 0) return <p className="muted">{t('submission.none')}</p>;
  return (
    <div className="stack">
      {submissions.data.map((s) => (
        <SubmissionCard key={s.id} submission={s} timeZone={timeZone} review={review} />
      ))}
    </div>
  );
}
