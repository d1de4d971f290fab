import type { Consent } from '@sotchart/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/translation';
import { errorFor, fieldErrorsOf } from '../../api/field-errors';
import { patientsApi } from '../../api/patients-api';
import { queryKeys } from '../../api/query-keys';
import { Button } from '../../ui/button';
import { ErrorSummary } from '../../ui/error-summary';
import { SelectField } from '../../ui/select-field';
import { summaryItems } from '../../ui/summary-items';
import { TextField } from '../../ui/text-field';
import { consentTypes, useConsentTypeLabel } from './consent-labels';

/** Records a signed consent for the patient. */
export function AddConsentForm({
  patientId,
  today,
  onDone,
}: {
  readonly patientId: string;
  readonly today: string;
  readonly onDone: () => void;
}) {
  const { t } = useTranslation('consents');
  const typeLabel = useConsentTypeLabel();
  const typeOptions = consentTypes.map((value) => ({ value, label: typeLabel(value) }));
  const [type, setType] = useState<Consent['type']>('treatment');
  const [date, setDate] = useState(today);
  const [signedBy, setSignedBy] = useState('');
  const [note, setNote] = useState('');
  const queryClient = useQueryClient();
  const add = useMutation({
    mutationFn: () => patientsApi.addConsent(patientId, { type, date, signedBy, note }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.consents(patientId) });
      onDone();
    },
  });
  const errors = fieldErrorsOf(add.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };
  return (
    <form className="stack" onSubmit={submit} noValidate aria-label={t('form.label')}>
      <ErrorSummary
        title={t('form.notSaved')}
        revision={add.submittedAt}
        items={summaryItems(errors, [
          { path: 'type', label: t('form.type'), id: 'consent-type' },
          { path: 'date', label: t('form.date'), id: 'consent-date' },
          { path: 'signedBy', label: t('form.signedBy'), id: 'consent-signed-by' },
          { path: 'note', label: t('form.note'), id: 'consent-note' },
        ])}
      />
      <div className="form-grid">
        <SelectField
          id="consent-type"
          label={t('form.type')}
          value={type}
          options={typeOptions}
          onChange={(v) => setType(v as Consent['type'])}
          error={errorFor(errors, 'type')}
        />
        <TextField
          id="consent-date"
          label={t('form.date')}
          type="date"
          value={date}
          onChange={setDate}
          error={errorFor(errors, 'date')}
        />
        <TextField
          id="consent-signed-by"
          label={t('form.signedBy')}
          value={signedBy}
          onChange={setSignedBy}
          error={errorFor(errors, 'signedBy')}
          autoComplete="off"
        />
        <TextField
          id="consent-note"
          label={t('form.note')}
          value={note}
          onChange={setNote}
          error={errorFor(errors, 'note')}
          autoComplete="off"
        />
      </div>
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={add.isPending}>
          {t('form.save')}
        </Button>
        <Button onClick={onDone}>{t('form.cancel')}</Button>
      </div>
    </form>
  );
}
