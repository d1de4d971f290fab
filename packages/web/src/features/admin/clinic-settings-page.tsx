import { ErrorCode, type Clinic } from '@sotchart/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/api-error';
import { clinicApi } from '../../api/clinic-api';
import { errorFor, fieldErrorsOf } from '../../api/field-errors';
import { queryKeys } from '../../api/query-keys';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { ErrorSummary } from '../../ui/error-summary';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { SelectField } from '../../ui/select-field';
import { summaryItems } from '../../ui/summary-items';
import { TextAreaField } from '../../ui/text-area-field';
import { TextField } from '../../ui/text-field';
import { useSessionState } from '../auth/session-context';
import { ClinicExports } from '../exports/clinic-exports';
import { FhirImport } from '../exports/fhir-import';
import { BillingFields, billingBodyOf, billingDraftOf, billingFields } from './billing-fields';

function timeZoneOptions(current: string): { value: string; label: string }[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const all = zones.includes(current) ? zones : [current, ...zones];
  return all.map((z) => ({ value: z, label: z.replaceAll('_', ' ') }));
}

function ClinicForm({ clinic }: { readonly clinic: Clinic }) {
  const [name, setName] = useState(clinic.name);
  const [address, setAddress] = useState(clinic.address);
  const [phone, setPhone] = useState(clinic.phone ?? '');
  const [timeZone, setTimeZone] = useState(clinic.timeZone);
  const [billing, setBilling] = useState(() => billingDraftOf(clinic));
  const zones = useMemo(() => timeZoneOptions(clinic.timeZone), [clinic.timeZone]);
  const queryClient = useQueryClient();
  const { refresh } = useSessionState();
  const save = useMutation({
    mutationFn: () =>
      clinicApi.update({
        version: clinic.version,
        name,
        address,
        phone,
        timeZone,
        ...billingBodyOf(billing),
      }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(queryKeys.clinic, saved);
      await refresh();
    },
  });
  const errors = fieldErrorsOf(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form className="stack narrow" onSubmit={submit} noValidate>
      <ErrorSummary
        title="The settings were not saved"
        revision={save.submittedAt}
        items={summaryItems(errors, [
          { path: 'name', label: 'Clinic name', id: 'clinic-name' },
          { path: 'address', label: 'Address', id: 'clinic-address' },
          { path: 'phone', label: 'Phone', id: 'clinic-phone' },
          { path: 'timeZone', label: 'Time zone', id: 'clinic-time-zone' },
          ...billingFields,
        ])}
      />
      {save.isSuccess ? <Alert tone="success">Clinic settings saved.</Alert> : null}
      {save.error instanceof ApiError && save.error.code === ErrorCode.VERSION_CONFLICT ? (
        <Alert tone="warning">
          Someone else changed the settings meanwhile. Reload the page to see their change.
        </Alert>
      ) : null}
      <TextField
        id="clinic-name"
        label="Clinic name"
        value={name}
        onChange={setName}
        error={errorFor(errors, 'name')}
      />
      <TextAreaField
        id="clinic-address"
        label="Address"
        value={address}
        onChange={setAddress}
        rows={3}
        error={errorFor(errors, 'address')}
      />
      <TextField
        id="clinic-phone"
        label="Phone"
        hint="Printed on the patient handout, for patients to call."
        value={phone}
        onChange={setPhone}
        error={errorFor(errors, 'phone')}
      />
      <SelectField
        id="clinic-time-zone"
        label="Time zone"
        hint="Visit times, dates and signatures are shown in this zone."
        value={timeZone}
        options={zones}
        onChange={setTimeZone}
        error={errorFor(errors, 'timeZone')}
      />
      <BillingFields draft={billing} onChange={setBilling} errors={errors} />
      {clinic.isDemo ? <p className="muted">This is a demo clinic: its patients are made up.</p> : null}
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={save.isPending}>
          Save settings
        </Button>
      </div>
    </form>
  );
}

/** The clinic's name, address, phone, time zone and billing facts. */
export function ClinicSettingsPage() {
  const clinic = useQuery({ queryKey: queryKeys.clinic, queryFn: clinicApi.get });
  return (
    <div className="stack">
      <PageTitle title="Clinic settings" />
      {clinic.isPending ? <Loading /> : null}
      {clinic.isError ? <Alert tone="danger">{clinic.error.message}</Alert> : null}
      {clinic.data === undefined ? null : <ClinicForm clinic={clinic.data} />}
      <ClinicExports />
      <FhirImport />
    </div>
  );
}
