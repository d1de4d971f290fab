import type { PageSizeName } from '@sotchart/contract';
import { useState } from 'react';
import { useTranslation } from '../../i18n/translation';
import { documentsApi } from '../../api/documents-api';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';

/** The paper size chooser shared by the download links. */
export function PaperSizeField({
  value,
  onChange,
}: {
  readonly value: PageSizeName;
  readonly onChange: (value: PageSizeName) => void;
}) {
  const { t } = useTranslation('documents');
  const paperOptions = [
    { value: 'letter', label: t('paper.letter') },
    { value: 'a4', label: t('paper.a4') },
  ];
  return (
    <SelectField
      label={t('paper.label')}
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
  const { t } = useTranslation('documents');
  return (
    <span className="row-actions">
      <a className="button button-secondary" href={documentsApi.visitNoteUrl(visitId, pageSize)} download>
        {t('links.visitNote')}
      </a>
      <a className="button button-secondary" href={documentsApi.handoutUrl(visitId, pageSize)} download>
        {t('links.handout')}
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
  const { t } = useTranslation('documents');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  return (
    <div className="stack">
      <div className="form-grid">
        <TextField
          label={t('report.from')}
          type="date"
          value={from}
          onChange={setFrom}
          hint={t('report.fromHint')}
        />
        <TextField label={t('report.to')} type="date" value={to} onChange={setTo} hint={t('report.toHint')} />
      </div>
      <div className="form-actions">
        <a
          className="button button-primary"
          href={documentsApi.progressReportUrl(patientId, { from, to, pageSize })}
          download
        >
          {t('report.download')}
        </a>
      </div>
    </div>
  );
}
