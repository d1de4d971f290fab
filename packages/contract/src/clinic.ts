import { z } from 'zod';
import { IdSchema, VersionSchema, requiredText, shortText } from './common';

/** An IANA time zone this runtime knows, e.g. Europe/London. */
export const TimeZoneSchema = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return tz.length > 0;
  } catch {
    return false;
  }
}, 'must be an IANA time zone such as America/Chicago');

export const ClinicSchema = z.object({
  id: IdSchema,
  name: z.string(),
  address: z.string(),
  timeZone: z.string(),
  isDemo: z.boolean(),
  version: z.number().int(),
});
export type Clinic = z.infer<typeof ClinicSchema>;

export const UpdateClinicSchema = z
  .object({ name: requiredText(200), address: shortText(500), timeZone: TimeZoneSchema })
  .partial()
  .extend({ version: VersionSchema });
export type UpdateClinic = z.infer<typeof UpdateClinicSchema>;
