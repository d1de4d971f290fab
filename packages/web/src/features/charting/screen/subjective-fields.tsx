import { useState } from 'react';
import { SelectField } from '../../../ui/select-field';
import { TextAreaField } from '../../../ui/text-area-field';
import { TextField } from '../../../ui/text-field';
import { withRecord, type VisitDraft } from '../draft/visit-draft';

const painOptions = [
  { value: '', label: 'not asked' },
  ...Array.from({ length: 11 }, (_, n) => ({ value: String(n), label: `${n}/10` })),
];

/** What the patient reports: chief complaint, pain today, and their account. */
export function SubjectiveFields({
  draft,
  update,
}: {
  readonly draft: VisitDraft;
  readonly update: (change: (draft: VisitDraft) => VisitDraft) => void;
}) {
  // Open when there is something to read; after that the practitioner's own choice holds.
  const [open, setOpen] = useState(() => draft.chiefComplaint !== '' || draft.record.subjective !== '');
  return (
    <details className="panel subjective" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <h2>Subjective</h2>{' '}
        <span className="muted small">
          {draft.chiefComplaint === '' ? 'chief complaint, pain' : draft.chiefComplaint}
          {draft.pain === null ? '' : ` · pain ${draft.pain}/10`}
        </span>
      </summary>
      <div className="form-grid">
        <TextField
          label="Chief complaint"
          value={draft.chiefComplaint}
          maxLength={2000}
          onChange={(chiefComplaint) => update((d) => ({ ...d, chiefComplaint }))}
        />
        <SelectField
          label="Pain today (NPRS)"
          value={draft.pain === null ? '' : String(draft.pain)}
          options={painOptions}
          onChange={(v) => update((d) => ({ ...d, pain: v === '' ? null : Number(v) }))}
        />
      </div>
      <TextAreaField
        label="Patient's account"
        value={draft.record.subjective}
        rows={3}
        onChange={(subjective) => update((d) => withRecord(d, (r) => ({ ...r, subjective })))}
      />
    </details>
  );
}
