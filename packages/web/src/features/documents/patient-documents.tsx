import { defaultPageSize, type PageSizeName, type TimelineEntry } from '@sotchart/contract';
import { useState } from 'react';
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
  const [pageSize, setPageSize] = useState<PageSizeName>(defaultPageSize(timeZone));
  const signed = entries.filter((e) => e.status === 'signed').slice(0, 5);
  return (
    <Section title="Documents">
      <div className="stack">
        <PaperSizeField value={pageSize} onChange={setPageSize} />
        {signed.length === 0 ? (
          <p className="muted">Visit notes and handouts appear once a visit is signed.</p>
        ) : (
          <ul className="plain-list document-list">
            {signed.map((e) => (
              <li key={e.visitId}>
                <span>{formatDateTime(e.visitAt, timeZone)}</span>{' '}
                <VisitDocumentLinks visitId={e.visitId} pageSize={pageSize} />
              </li>
            ))}
          </ul>
        )}
        <h3>Progress report</h3>
        <ProgressReportLink patientId={patientId} pageSize={pageSize} />
      </div>
    </Section>
  );
}
