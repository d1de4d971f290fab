import { z } from 'zod';
import { IdSchema, IsoDateSchema, IsoDateTimeSchema, longText, requiredText } from './common';

export const ConsentTypeSchema = z.enum([
  'treatment',
  'sot_blocking',
  'cranial',
  'imaging',
  'privacy',
  'research',
  /** Release of information to the insurer and assignment of benefits: CMS-1500 boxes 12 and 13. */
  'insurance_billing',
  'other',
]);

export type ConsentType = z.infer<typeof ConsentTypeSchema>;

export const CreateConsentSchema = z.object({
  type: ConsentTypeSchema,
  date: IsoDateSchema,
  signedBy: requiredText(200),
  note: longText(2000).default(''),
});
/** A consent as sent: `note` may be left out. */
export type CreateConsent = z.input<typeof CreateConsentSchema>;
export const ConsentSchema = CreateConsentSchema.extend({
  id: IdSchema,
  patientId: IdSchema,
  createdAt: IsoDateTimeSchema,
});
export type Consent = z.infer<typeof ConsentSchema>;
