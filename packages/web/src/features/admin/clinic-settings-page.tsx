import { ErrorCode, type Clinic, type Language } from '@sotchart/contract';
import { languageNames, languages } from '@sotchart/i18n';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/translation';
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

/** The languages as options, each named in itself (an autonym). */
const languageOptions = languages.map((l) => ({ value: l, label: languageNames[l], lang: l }));

function ClinicForm({ clinic }: { readonly clinic: Clinic }) {
  const { t } = useTranslation('admin');
  const [name, setName] = useState(clinic.name);
  const [address, setAddress] = useState(clinic.address);
  const [phone, setPhone] = useState(clinic.phone ?? '');
  const [timeZone, setTimeZone] = useState(clinic.timeZone);
  const [language, setLanguage] = useState<Language>(clinic.language);
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
        language,
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
    <form className="stack narrow admin-form" onSubmit={submit} noValidate>
      <ErrorSummary
        title={t('clinic.notSaved')}
        revision={save.submittedAt}
        items={summaryItems(errors, [
          { path: 'name', label: t('clinic.name'), id: 'clinic-name' },
          { path: 'address', label: t('clinic.address'), id: 'clinic-address' },
          { path: 'phone', label: t('clinic.phone'), id: 'clinic-phone' },
          { path: 'timeZone', label: t('clinic.timeZone'), id: 'clinic-time-zone' },
          { path: 'language', label: t('clinic.language'), id: 'clinic-language' },
          ...billingFields.map((f) => ({ ...f, label: t(f.label) })),
        ])}
      />
      {save.isSuccess ? <Alert tone="success">{t('clinic.saved')}</Alert> : null}
      {save.error instanceof ApiError && save.error.code === ErrorCode.VERSION_CONFLICT ? (
        <Alert tone="warning">{t('clinic.conflict')}</Alert>
      ) : null}
      <TextField
        id="clinic-name"
        label={t('clinic.name')}
        value={name}
        onChange={setName}
        error={errorFor(errors, 'name')}
      />
      <TextAreaField
        id="clinic-address"
        label={t('clinic.address')}
        value={address}
        onChange={setAddress}
        rows={3}
        error={errorFor(errors, 'address')}
      />
      <TextField
        id="clinic-phone"
        label={t('clinic.phone')}
        hint={t('clinic.phoneHint')}
        value={phone}
        onChange={setPhone}
        error={errorFor(errors, 'phone')}
      />
      <SelectField
        id="clinic-time-zone"
        label={t('clinic.timeZone')}
        hint={t('clinic.timeZoneHint')}
        value={timeZone}
        options={zones}
        onChange={setTimeZone}
        error={errorFor(errors, 'timeZone')}
      />
      <SelectField
        id="clinic-language"
        label={t('clinic.language')}
        hint={t('clinic.languageHint')}
        value={language}
        options={languageOptions}
        onChange={(v) => setLanguage(v as Language)}
        error={errorFor(errors, 'language')}
      />
      <BillingFields draft={billing} onChange={setBilling} errors={errors} />
      {clinic.isDemo ? <p className="muted">{t('clinic.demo')}</p> : null}
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={save.isPending}>
          {t('clinic.save')}
        </Button>
      </div>
    </form>
  );
}

/** The clinic's name, address, phone, time zone and billing facts. */
export function ClinicSettingsPage() {
  const { t } = useTranslation('admin');
  const clinic = useQuery({ queryKey: queryKeys.clinic, queryFn: clinicApi.get });
  return (
    <div className="stack">
      <PageTitle title={t('clinic.title')} />
      {clinic.isPending ? <Loading /> : null}
      {clinic.isError ? <Alert tone="danger">{clinic.error.message}</Alert> : null}
      {clinic.data === undefined ? null : <ClinicForm clinic={clinic.data} />}
      <ClinicExports />
      <FhirImport />
    </div>
  );
}
