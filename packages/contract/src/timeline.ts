import { ChangeSchema, FindingSchema, FindingSiteSchema } from '@sotchart/engine';
import { z } from 'zod';
import { IdSchema, IsoDateTimeSchema } from './common';
import { CategoryIdSchema, VisitTypeSchema } from './visit';

const KeyIndicatorSchema = z.object({
  indicator: z.string(),
  site: FindingSiteSchema.optional(),
  /** The side this item compares (REFERENCE §9 reads sided findings per side); null when unsided. */
  side: z.enum(['L', 'R']).nullable().optional(),
  pre: FindingSchema.optional(),
  post: FindingSchema.optional(),
  change: ChangeSchema,
});

/** The clinical part of a timeline entry; absent for roles that see dates and types only. */
export const TimelineClinicalSchema = z.object({
  category: z.string(),
  side: z.string().nullable(),
  level: z.string().nullable(),
  treatedCategory: CategoryIdSchema.nullable(),
  pain: z.number().int().nullable(),
  keyIndicators: z.array(KeyIndicatorSchema),
  verification: z.record(z.string(), z.number()),
  referral: z.boolean(),
});

export const TimelineEntrySchema = z.object({
  visitId: IdSchema,
  visitAt: IsoDateTimeSchema,
  type: VisitTypeSchema,
  status: z.enum(['draft', 'signed']),
  clinical: TimelineClinicalSchema.optional(),
});
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;
export const TimelineSchema = z.object({ patientId: IdSchema, entries: z.array(TimelineEntrySchema) });
export type Timeline = z.infer<typeof TimelineSchema>;
