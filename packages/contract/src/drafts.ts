import { z } from 'zod';
import { IdSchema, IsoDateTimeSchema } from './common';
import { VisitTypeSchema } from './visit-type';

/** Query of the stale-drafts list: an owner may name another practitioner of the clinic. */
export const DraftsQuerySchema = z.object({ practitionerId: IdSchema.optional() });
export type DraftsQuery = z.infer<typeof DraftsQuerySchema>;

/** One unsigned draft visit whose visit time is more than a day ago. */
export const StaleDraftSchema = z.object({
  visitId: IdSchema,
  patientId: IdSchema,
  /** "Family, Given", the order patient lists use. */
  patientName: z.string(),
  chartNumber: z.string(),
  visitAt: IsoDateTimeSchema,
  type: VisitTypeSchema,
});
export type StaleDraft = z.infer<typeof StaleDraftSchema>;

/** A practitioner's unsigned drafts older than a day, oldest first. */
export const StaleDraftListSchema = z.array(StaleDraftSchema);
