import type { Clinic, TaxIdType, UpdateClinic } from '@sotchart/contract';
import { useTranslation } from '../../i18n/translation';
import { errorFor, type FieldErrors } from '../../api/field-errors';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';

/** The clinic's billing facts as the settings form holds them: each as typed. */
export interface BillingDraft {
  readonly country: string;
  readonly taxId: string;
  readonly taxIdType: TaxIdType;
  readonly billingNpi: string;
  readonly placeOfService: string;
}

export const billingDraftOf = (clinic: Clinic): BillingDraft => ({
  country: clinic.country,
  taxId: clinic.taxId ?? '',
  taxIdType: clinic.taxIdType,
  billingNpi: clinic.billingNpi ?? '',
  placeOfService: clinic.placeOfService,
});

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** The part of the settings body that carries the billing facts; blank optional ones become null. */
export const billingBodyOf = (
  d: BillingDraft,
): Omit<Required<UpdateClinic>, 'version' | 'name' | 'address' | 'phone' | 'timeZone' | 'language'> => ({
  country: d.country,
  taxId: orNull(d.taxId),
  taxIdType: d.taxIdType,
  billingNpi: orNull(d.billingNpi),
  placeOfService: d.placeOfService,
});

/** The billing fields in screen order, for the error summary; `label` is the catalogue key (`admin`). */
export const billingFields = [
  { path: 'country', label: 'billing.country', id: 'clinic-country' },
  { path: 'taxId', label: 'billing.taxId', id: 'clinic-tax-id' },
  { path: 'taxIdType', label: 'billing.taxIdType', id: 'clinic-tax-id-type' },
  { path: 'billingNpi', label: 'billing.billingNpi', id: 'clinic-billing-npi' },
  { path: 'placeOfService', label: 'billing.placeOfService', id: 'clinic-place-of-service' },
] as const satisfies readonly { path: keyof BillingDraft; label: string; id: string }[];

export interface BillingFieldsProps {
  readonly draft: BillingDraft;
  readonly onChange: (draft: BillingDraft) => void;
  readonly errors: FieldErrors;
}

/**
 * What the superbill and the CMS-1500 print about the clinic. A clinic outside the United States sets
 * its country, which switches those US billing documents off; the other fields then stay unused.
 */
export function BillingFields({ draft, onChange, errors }: BillingFieldsProps) {
  const { t } = useTranslation('admin');
  const taxIdTypes = [
    { value: 'ein', label: t('billing.ein') },
    { value: 'ssn', label: t('billing.ssn') },
  ];
  const props = (key: keyof BillingDraft) => {
    const spec = billingFields.find((f) => f.path === key);
    return {
      id: spec?.id ?? key,
      label: spec === undefined ? key : t(spec.label),
      value: draft[key],
      onChange: (value: string) => onChange({ ...draft, [key]: value }),
      error: errorFor(errors, key),
    };
  };
  const us = draft.country.trim().toUpperCase() === 'US';
  return (
    <fieldset className="stack">
      <legend>{t('billing.legend')}</legend>
      <TextField {...props('country')} hint={t('billing.countryHint')} autoComplete="off" maxLength={2} />
      {us ? (
        <>
          <TextField {...props('taxId')} hint={t('billing.taxIdHint')} autoComplete="off" />
          <SelectField {...props('taxIdType')} options={taxIdTypes} />
          <TextField {...props('billingNpi')} hint={t('billing.billingNpiHint')} autoComplete="off" />
          <TextField
            {...props('placeOfService')}
            hint={t('billing.placeOfServiceHint')}
            autoComplete="off"
            maxLength={2}
          />
        </>
      ) : null}
    </fieldset>
  );
}
