import { z } from 'zod';
import { LanguageSchema } from './language';
import { IdSchema, VersionSchema, requiredText, shortText } from './common';
import { isValidNpi } from './npi';

/** An IANA time zone this runtime knows, e.g. Europe/London. */
export const TimeZoneSchema = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return tz.length > 0;
  } catch {
    return false;
  }
}, 'must be an IANA time zone such as America/Chicago');

/** An ISO 3166-1 alpha-2 country code, upper case, e.g. US. */
export const CountrySchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, 'must be a 2-letter ISO country code such as US');

/** The US billing features (coding lines on the superbill, the CMS-1500) exist only for US clinics. */
export const usBillingOn = (clinic: { readonly country: string }): boolean => clinic.country === 'US';

/** Box 25 of the CMS-1500: the federal tax id is an employer id (EIN) or the practitioner's SSN. */
export const TaxIdTypeSchema = z.enum(['ein', 'ssn']);
export type TaxIdType = z.infer<typeof TaxIdTypeSchema>;

/** The clinic's billing facts, printed on the superbill and the CMS-1500 (boxes 24B, 25, 33a). */
const billingFields = {
  country: CountrySchema,
  taxId: z
    .string()
    .trim()
    .regex(/^\d{2}-?\d{7}$|^\d{3}-?\d{2}-?\d{4}$/, 'must be an EIN (12-3456789) or an SSN (123-45-6789)')
    .nullable(),
  taxIdType: TaxIdTypeSchema,
  billingNpi: z
    .string()
    .trim()
    .refine(isValidNpi, 'must be a 10-digit NPI with a valid check digit')
    .nullable(),
  /** The CMS place-of-service code of the clinic's visits; 11 is an office. */
  placeOfService: z
    .string()
    .trim()
    .regex(/^\d{2}$/, 'must be a 2-digit place-of-service code such as 11'),
};

export const ClinicSchema = z.object({
  id: IdSchema,
  name: z.string(),
  address: z.string(),
  /** The number patients call, printed on the patient handout; null until entered. */
  phone: z.string().nullable(),
  timeZone: z.string(),
  /** The clinical record's language: notes, reports and letters (a letter may choose another). */
  language: LanguageSchema,
  isDemo: z.boolean(),
  ...billingFields,
  /** Whole for the roles that print claims; masked but for its last 4 digits for the others. */
  taxId: z.string().nullable(),
  version: z.number().int(),
});
export type Clinic = z.infer<typeof ClinicSchema>;

/** The billing facts of a new clinic: US, no tax id or billing NPI yet, an office. */
export const defaultClinicBilling = {
  country: 'US',
  taxId: null,
  taxIdType: 'ein',
  billingNpi: null,
  placeOfService: '11',
} as const satisfies Pick<Clinic, keyof typeof billingFields>;

export const UpdateClinicSchema = z
  .object({
    name: requiredText(200),
    address: shortText(500),
    // An empty field clears the number.
    phone: shortText(40)
      .nullable()
      .transform((p) => (p === '' ? null : p)),
    timeZone: TimeZoneSchema,
    language: LanguageSchema,
    ...billingFields,
  })
  .partial()
  .extend({ version: VersionSchema });
export type UpdateClinic = z.infer<typeof UpdateClinicSchema>;
