import { z } from 'zod';
/** A CPT or HCPCS code number (five characters); SOT Chart stores numbers only, never AMA descriptors. */
export const BillingCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[0-9A-Z]\d{3}[0-9A-Z]$/, 'must be a CPT or HCPCS code such as 98941');

/** One fee: the code, an optional modifier it applies to, and the amount in the schedule's currency. */
export const FeeEntrySchema = z.object({
  code: BillingCodeSchema,
  modifier: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{2}$/, 'must be a 2-character modifier')
    .nullable()
    .default(null),
  amount: z.number().min(0).max(1_000_000).multipleOf(0.01, 'must be a whole number of cents'),
});
export type FeeEntry = z.infer<typeof FeeEntrySchema>;

const entries = z
  .array(FeeEntrySchema)
  .max(500)
  .refine(
    (list) => new Set(list.map((e) => `${e.code}:${e.modifier ?? ''}`)).size === list.length,
    'each code and modifier may appear once',
  );

/** The clinic's optional fee schedule, used by the superbill; version 0 means none has been saved. */
export const FeeScheduleSchema = z.object({
  currency: z.string().regex(/^[A-Z]{3}$/),
  entries: z.array(FeeEntrySchema),
  version: z.number().int(),
});
export type FeeSchedule = z.infer<typeof FeeScheduleSchema>;

export const UpdateFeeScheduleSchema = z.object({
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, 'must be a 3-letter currency code such as USD'),
  entries,
  /** 0 when no schedule has been saved yet, else the version last read. */
  version: z.number().int().min(0),
});
export type UpdateFeeSchedule = z.infer<typeof UpdateFeeScheduleSchema>;
