import type { Clinic, TaxIdType, UpdateClinic } from '@sotchart/contract';
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
): Omit<Required<UpdateClinic>, 'version' | 'name' | 'address' | 'phone' | 'timeZone'> => ({
  country: d.country,
  taxId: orNull(d.taxId),
  taxIdType: d.taxIdType,
  billingNpi: orNull(d.billingNpi),
  placeOfService: d.placeOfService,
});

/** The billing fields in screen order, for the error summary. */
export const billingFields = [
  { path: 'country', label: 'Country', id: 'clinic-country' },
  { path: 'taxId', label: 'Federal tax ID', id: 'clinic-tax-id' },
  { path: 'taxIdType', label: 'Tax ID type', id: 'clinic-tax-id-type' },
  { path: 'billingNpi', label: 'Billing NPI', id: 'clinic-billing-npi' },
  { path: 'placeOfService', label: 'Place of service', id: 'clinic-place-of-service' },
] as const satisfies readonly { path: keyof BillingDraft; label: string; id: string }[];

const taxIdTypes = [
  { value: 'ein', label: 'EIN (employer identification number)' },
  { value: 'ssn', label: "SSN (the practitioner's social security number)" },
];

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
  const props = (key: keyof BillingDraft) => {
    const spec = billingFields.find((f) => f.path === key);
    return {
      id: spec?.id ?? key,
      label: spec?.label ?? key,
      value: draft[key],
      onChange: (value: string) => onChange({ ...draft, [key]: value }),
      error: errorFor(errors, key),
    };
  };
  const us = draft.country.trim().toUpperCase() === 'US';
  return (
    <fieldset className="stack">
      <legend>Billing</legend>
      <TextField
        {...props('country')}
        hint="Two letters, e.g. US. Outside the US the superbill and the CMS-1500 claim form are off."
        autoComplete="off"
        maxLength={2}
      />
      {us ? (
        <>
          <TextField
            {...props('taxId')}
            hint="Box 25 of the claim form, e.g. 12-3456789."
            autoComplete="off"
          />
          <SelectField {...props('taxIdType')} options={taxIdTypes} />
          <TextField
            {...props('billingNpi')}
            hint="The clinic's own (type 2) NPI, boxes 32a and 33a. Each practitioner's NPI is on their profile."
            autoComplete="off"
          />
          <TextField
            {...props('placeOfService')}
            hint="The CMS place-of-service code of your visits: 11 is an office."
            autoComplete="off"
            maxLength={2}
          />
        </>
      ) : null}
    </fieldset>
  );
}
