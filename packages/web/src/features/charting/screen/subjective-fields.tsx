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
  // Open to start with: the complaint and pain are the first things asked at a visit. On a visit
  // not yet begun the complaint takes the focus, so the answer is typed at once.
  const [open, setOpen] = useState(true);
  const [fresh] = useState(() => draft.chiefComplaint === '' && draft.findings.length === 0);
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
          autoFocus={fresh}
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
