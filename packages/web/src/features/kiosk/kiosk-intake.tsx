import type { IntakeForm } from '@sotchart/contract';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/translation';
import { ChoiceTiles } from './choice-tiles';

const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s !== '');

function ListField({
  id,
  label,
  hint,
  value,
  onChange,
}: {
  id: string;
  label: string;
  hint: string;
  value: string;
  onChange: (v: string) => void;
}) {
  return (
    <div className="kiosk-field">
      <label htmlFor={id}>{label}</label>
      <p className="kiosk-hint" id={`${id}-hint`}>
        {hint}
      </p>
      <textarea
        id={id}
        aria-describedby={`${id}-hint`}
        rows={3}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

/** The new-patient intake form on the tablet: the complaint, pain now, and history, one item per line. */
export function KioskIntake({
  sending,
  error,
  onSubmit,
}: {
  readonly sending: boolean;
  readonly error: string | null;
  readonly onSubmit: (intake: IntakeForm) => void;
}) {
  const { t } = useTranslation('kiosk');
  const [complaint, setComplaint] = useState('');
  const [started, setStarted] = useState('');
  const [pain, setPain] = useState<number | null>(null);
  const [conditions, setConditions] = useState('');
  const [surgeries, setSurgeries] = useState('');
  const [medications, setMedications] = useState('');
  const [allergies, setAllergies] = useState('');
  const [notes, setNotes] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit({
      complaint: complaint.trim(),
      complaintStarted: started.trim(),
      painNow: pain,
      conditions: lines(conditions),
      surgeries: lines(surgeries),
      medications: lines(medications),
      allergies: lines(allergies),
      otherNotes: notes,
    });
  };
  return (
    <form className="kiosk-card" onSubmit={submit} noValidate>
      <h2>{t('intake.title')}</h2>
      {error === null ? null : (
        <p className="kiosk-error" role="alert">
          {error}
        </p>
      )}
      <div className="kiosk-field">
        <label htmlFor="intake-complaint">{t('intake.complaint')}</label>
        <textarea
          id="intake-complaint"
          rows={3}
          required
          value={complaint}
          onChange={(e) => setComplaint(e.target.value)}
        />
      </div>
      <div className="kiosk-field">
        <label htmlFor="intake-started">{t('intake.started')}</label>
        <input
          id="intake-started"
          value={started}
          maxLength={200}
          onChange={(e) => setStarted(e.target.value)}
        />
      </div>
      <ChoiceTiles
        legend={t('intake.painLegend')}
        hint={t('intake.painHint')}
        choices={Array.from({ length: 11 }, (_, i) => ({ value: i, label: String(i) }))}
        value={pain}
        onChange={setPain}
        columns="scale"
      />
      <ListField
        id="intake-conditions"
        label={t('intake.conditions')}
        hint={t('intake.conditionsHint')}
        value={conditions}
        onChange={setConditions}
      />
      <ListField
        id="intake-surgeries"
        label={t('intake.surgeries')}
        hint={t('intake.surgeriesHint')}
        value={surgeries}
        onChange={setSurgeries}
      />
      <ListField
        id="intake-medications"
        label={t('intake.medications')}
        hint={t('intake.medicationsHint')}
        value={medications}
        onChange={setMedications}
      />
      <ListField
        id="intake-allergies"
        label={t('intake.allergies')}
        hint={t('intake.allergiesHint')}
        value={allergies}
        onChange={setAllergies}
      />
      <div className="kiosk-field">
        <label htmlFor="intake-notes">{t('intake.notes')}</label>
        <textarea id="intake-notes" rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </div>
      <div className="kiosk-actions">
        <button
          type="submit"
          className="kiosk-button kiosk-primary"
          disabled={sending || complaint.trim() === ''}
        >
          {sending ? t('sending') : t('intake.send')}
        </button>
      </div>
    </form>
  );
}
