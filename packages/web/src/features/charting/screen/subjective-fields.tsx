import { useState } from 'react';
import { useTranslation } from '../../../i18n/translation';
import { SelectField } from '../../../ui/select-field';
import { TextAreaField } from '../../../ui/text-area-field';
import { TextField } from '../../../ui/text-field';
import { withRecord, type VisitDraft } from '../draft/visit-draft';

const painScores = Array.from({ length: 11 }, (_, n) => ({ value: String(n), label: `${n}/10` }));

/** What the patient reports: chief complaint, pain today, and their account. */
export function SubjectiveFields({
  draft,
  update,
}: {
  readonly draft: VisitDraft;
  readonly update: (change: (draft: VisitDraft) => VisitDraft) => void;
}) {
  // Open to start with: the complaint and pain are the first things asked at a visit. On a visit
  // not yet begun the complaint takes the focus, so the answer is typed at once.
  const [open, setOpen] = useState(true);
  const [fresh] = useState(() => draft.chiefComplaint === '' && draft.findings.length === 0);
  const { t } = useTranslation('charting');
  const painOptions = [{ value: '', label: t('subjective.notAsked') }, ...painScores];
  return (
    <details className="panel subjective" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <h2>{t('subjective.heading')}</h2>{' '}
        <span className="muted small">
          {draft.chiefComplaint === '' ? (
            t('subjective.summaryEmpty')
          ) : (
            <span translate="no">{draft.chiefComplaint}</span>
          )}
          {draft.pain === null ? '' : t('subjective.painSummary', { pain: draft.pain })}
        </span>
      </summary>
      <div className="form-grid">
        <TextField
          label={t('subjective.chiefComplaint')}
          autoFocus={fresh}
          value={draft.chiefComplaint}
          maxLength={2000}
          onChange={(chiefComplaint) => update((d) => ({ ...d, chiefComplaint }))}
        />
        <SelectField
          label={t('subjective.pain')}
          value={draft.pain === null ? '' : String(draft.pain)}
          options={painOptions}
          onChange={(v) => update((d) => ({ ...d, pain: v === '' ? null : Number(v) }))}
        />
      </div>
      <TextAreaField
        label={t('subjective.account')}
        value={draft.record.subjective}
        rows={3}
        onChange={(subjective) => update((d) => withRecord(d, (r) => ({ ...r, subjective })))}
      />
    </details>
  );
}
