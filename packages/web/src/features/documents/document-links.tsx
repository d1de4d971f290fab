import type { PageSizeName } from '@sotchart/contract';
import { useState } from 'react';
import { documentsApi } from '../../api/documents-api';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';

const paperOptions = [
  { value: 'letter', label: 'US Letter' },
  { value: 'a4', label: 'A4' },
];

/** The paper size chooser shared by the download links. */
export function PaperSizeField({
  value,
  onChange,
}: {
  readonly value: PageSizeName;
  readonly onChange: (value: PageSizeName) => void;
}) {
  return (
    <SelectField
      label="Paper"
      value={value}
      options={paperOptions}
      onChange={(v) => onChange(v as PageSizeName)}
    />
  );
}

/** Download links of one visit's documents: the visit note and the patient handout. */
export function VisitDocumentLinks({
  visitId,
  pageSize,
}: {
  readonly visitId: string;
  readonly pageSize: PageSizeName;
}) {
  return (
    <span className="row-actions">
      <a className="button button-secondary" href={documentsApi.visitNoteUrl(visitId, pageSize)} download>
        Visit note (PDF)
      </a>
      <a className="button button-secondary" href={documentsApi.handoutUrl(visitId, pageSize)} download>
        Patient handout (PDF)
      </a>
    </span>
  );
}

/** The progress report of a period, as a download link (an empty date means the whole record). */
export function ProgressReportLink({
  patientId,
  pageSize,
}: {
  readonly patientId: string;
  readonly pageSize: PageSizeName;
}) {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  return (
    <div className="stack">
      <div className="form-grid">
        <TextField
          label="From"
          type="date"
          value={from}
          onChange={setFrom}
          hint="Empty: from the first visit"
        />
        <TextField label="To" type="date" value={to} onChange={setTo} hint="Empty: today" />
      </div>
      <div className="form-actions">
        <a
          className="button button-primary"
          href={documentsApi.progressReportUrl(patientId, { from, to, pageSize })}
          download
        >
          Progress report (PDF)
        </a>
      </div>
    </div>
  );
}
