import type { Consent } from '@sotchart/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { errorFor, fieldErrorsOf } from '../../api/field-errors';
import { patientsApi } from '../../api/patients-api';
import { queryKeys } from '../../api/query-keys';
import { Button } from '../../ui/button';
import { ErrorSummary } from '../../ui/error-summary';
import { SelectField } from '../../ui/select-field';
import { summaryItems } from '../../ui/summary-items';
import { TextField } from '../../ui/text-field';
import { consentTypeLabels } from './consent-labels';

const typeOptions = (Object.keys(consentTypeLabels) as Consent['type'][]).map((value) => ({
  value,
  label: consentTypeLabels[value],
}));

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
    <form className="stack" onSubmit={submit} noValidate aria-label="Record a consent">
      <ErrorSummary
        title="The consent was not saved"
        revision={add.submittedAt}
        items={summaryItems(errors, [
          { path: 'type', label: 'Consent', id: 'consent-type' },
          { path: 'date', label: 'Date signed', id: 'consent-date' },
          { path: 'signedBy', label: 'Signed by', id: 'consent-signed-by' },
          { path: 'note', label: 'Note', id: 'consent-note' },
        ])}
      />
      <div className="form-grid">
        <SelectField
          id="consent-type"
          label="Consent"
          value={type}
          options={typeOptions}
          onChange={(v) => setType(v as Consent['type'])}
          error={errorFor(errors, 'type')}
        />
        <TextField
          id="consent-date"
          label="Date signed"
          type="date"
          value={date}
          onChange={setDate}
          error={errorFor(errors, 'date')}
        />
        <TextField
          id="consent-signed-by"
          label="Signed by"
          value={signedBy}
          onChange={setSignedBy}
          error={errorFor(errors, 'signedBy')}
          autoComplete="off"
        />
        <TextField
          id="consent-note"
          label="Note"
          value={note}
          onChange={setNote}
          error={errorFor(errors, 'note')}
          autoComplete="off"
        />
      </div>
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={add.isPending}>
          Save consent
        </Button>
        <Button onClick={onDone}>Cancel</Button>
      </div>
    </form>
  );
}
