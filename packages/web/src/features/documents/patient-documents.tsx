import { defaultPageSize, type PageSizeName, type TimelineEntry } from '@sotchart/contract';
import { useState } from 'react';
import { useTranslation } from '../../i18n/translation';
import { ReviewNote } from '../../i18n/review-note';
import { formatDateTime } from '../../ui/date-format';
import { Section } from '../../ui/section';
import { PaperSizeField, ProgressReportLink, VisitDocumentLinks } from './document-links';

/**
 * The patient's printable documents: the note and handout of each signed visit (newest first) and a
 * progress report for a period, on the clinic's usual paper unless another is chosen.
 */
export function PatientDocuments({
  patientId,
  entries,
  timeZone,
}: {
  readonly patientId: string;
  readonly entries: readonly TimelineEntry[];
  readonly timeZone: string;
}) {
  const { t } = useTranslation('documents');
  const [pageSize, setPageSize] = useState<PageSizeName>(defaultPageSize(timeZone));
  const signed = entries.filter((e) => e.status === 'signed').slice(0, 5);
  return (
    <Section title={t('section.title')}>
      <div className="stack">
        <ReviewNote namespaces={['documents', 'handout', 'reports']} />
        <PaperSizeField value={pageSize} onChange={setPageSize} />
        {signed.length === 0 ? (
          <p className="muted">{t('section.empty')}</p>
        ) : (
          <ul className="plain-list document-list">
            {signed.map((e) => (
              <li key={e.visitId}>
                <time dateTime={e.visitAt}>{formatDateTime(e.visitAt, timeZone)}</time>{' '}
                <VisitDocumentLinks visitId={e.visitId} pageSize={pageSize} />
              </li>
            ))}
          </ul>
        )}
        <h3>{t('section.progressReport')}</h3>
        <ProgressReportLink patientId={patientId} pageSize={pageSize} />
      </div>
    </Section>
  );
}
