import type { ReferralRecord } from '@sotchart/contract';
import type { Urgency } from '@sotchart/engine';
import { useState } from 'react';
import { useTranslation } from '../../../i18n/translation';
import { Button } from '../../../ui/button';
import { dateTimeInputIn, instantFromInput } from '../../../ui/date-format';
import { RadioGroup } from '../../../ui/radio-group';
import { SelectField } from '../../../ui/select-field';
import { TextAreaField } from '../../../ui/text-area-field';
import { TextField } from '../../../ui/text-field';
import {
  methodLabel,
  referralMethods,
  urgenciesFrom,
  urgencyText,
  type ReferralMethod,
} from './referral-text';

export interface ReferralFormProps {
  /** The red flag's urgency: preselected, and the least urgent one offered. */
  readonly advised: Urgency;
  /** The referral recorded so far, to change it; null for a new one. */
  readonly recorded: ReferralRecord | null;
  readonly onRecord: (record: ReferralRecord) => void;
  /** The clinic's time zone: "When" is read and shown on its clock. */
  readonly timeZone: string;
  /** Shown as "Cancel" while a recorded referral is being changed. */
  readonly onCancel?: () => void;
}

/**
 * The referral the practitioner made: to whom, how, when (now unless changed), the urgency as given
 * (the red flag's or higher, never lower; REFERENCE §7) and an optional note. Recording it puts it in
 * the visit's record, which the draft saves like any other edit.
 */
export function ReferralForm({ advised, recorded, timeZone, onRecord, onCancel }: ReferralFormProps) {
  const { t } = useTranslation(['charting', 'common']);
  const offered = urgenciesFrom(advised);
  const [to, setTo] = useState(recorded?.to ?? '');
  const [method, setMethod] = useState<ReferralMethod>(
    recorded?.method ?? (advised === 'emergency' ? 'emergency_services' : 'phone'),
  );
  const [when, setWhen] = useState(() =>
    dateTimeInputIn(recorded === null ? new Date().toISOString() : recorded.at, timeZone),
  );
  const [urgency, setUrgency] = useState<Urgency>(
    recorded !== null && offered.includes(recorded.urgency) ? recorded.urgency : advised,
  );
  const [note, setNote] = useState(recorded?.note ?? '');
  const at = instantFromInput(when, timeZone);
  const ready = to.trim() !== '' && at !== null;
  const record = () => {
    if (!ready) return;
    onRecord({
      to: to.trim(),
      method,
      at,
      urgency,
      ...(note.trim() === '' ? {} : { note: note.trim() }),
    });
  };
  return (
    <form
      className="stack referral-form"
      aria-label={t('referralForm.label')}
      onSubmit={(e) => {
        e.preventDefault();
        record();
      }}
    >
      <div className="form-grid">
        <TextField label={t('referralForm.to')} value={to} maxLength={200} required onChange={setTo} />
        <SelectField
          label={t('referralForm.how')}
          value={method}
          options={referralMethods.map((m) => ({ value: m, label: methodLabel(m) }))}
          onChange={(v) => setMethod(v as ReferralMethod)}
        />
        <TextField
          label={t('referralForm.when', { timeZone })}
          type="datetime-local"
          value={when}
          onChange={setWhen}
          error={at === null ? t('referralForm.whenNeeded') : undefined}
        />
      </div>
      <RadioGroup<Urgency>
        legend={t('referralForm.urgency')}
        value={urgency}
        options={offered.map((u) => ({
          value: u,
          label: urgencyText(u).label,
          description: urgencyText(u).when,
        }))}
        onChange={setUrgency}
      />
      <TextAreaField
        label={t('referralForm.note')}
        value={note}
        rows={2}
        maxLength={1000}
        onChange={setNote}
      />
      <div className="row-actions">
        <Button type="submit" variant="primary" disabled={!ready}>
          {t('referralForm.record')}
        </Button>
        {onCancel === undefined ? null : <Button onClick={onCancel}>{t('cancel', { ns: 'common' })}</Button>}
      </div>
    </form>
  );
}
