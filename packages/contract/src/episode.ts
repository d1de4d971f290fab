import { z } from 'zod';
import { IdSchema, IsoDateSchema, IsoDateTimeSchema, VersionSchema, requiredText, shortText } from './common';

export const OnsetSchema = z.enum(['acute', 'subacute', 'chronic']);
export const PhaseSchema = z.enum(['active', 'maintenance']);

/** ICD-10-CM code, e.g. M99.03 or M54.5. */
export const Icd10CodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-TV-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/, 'must be an ICD-10-CM code such as M99.03');

export const DiagnosisSchema = z.object({
  code: Icd10CodeSchema,
  region: shortText(60).default(''),
  rank: z.number().int().min(1).max(12),
  onsetDate: IsoDateSchema.nullable().default(null),
});

export const GoalSchema = z.object({
  description: requiredText(300),
  target: requiredText(200),
  targetDate: IsoDateSchema,
  achieved: z.boolean().default(false),
});

export const TreatmentPlanSchema = z.object({
  visitsPerWeek: z.number().min(0).max(14).nullable().default(null),
  durationWeeks: z.number().int().min(0).max(104).nullable().default(null),
  goals: z.array(GoalSchema).max(20).default([]),
  reExamDate: IsoDateSchema.nullable().default(null),
});

const episodeFields = {
  startDate: IsoDateSchema,
  endDate: IsoDateSchema.nullable().default(null),
  complaint: requiredText(500),
  onset: OnsetSchema,
  phase: PhaseSchema.default('active'),
  abnDate: IsoDateSchema.nullable().default(null),
  plan: TreatmentPlanSchema.default({
    visitsPerWeek: null,
    durationWeeks: null,
    goals: [],
    reExamDate: null,
  }),
  diagnoses: z.array(DiagnosisSchema).max(12).default([]),
};

export const CreateEpisodeSchema = z.object(episodeFields);
export const UpdateEpisodeSchema = z
  .object({
    startDate: IsoDateSchema,
    endDate: IsoDateSchema.nullable(),
    complaint: requiredText(500),
    onset: OnsetSchema,
    phase: PhaseSchema,
    abnDate: IsoDateSchema.nullable(),
    plan: TreatmentPlanSchema,
    diagnoses: z.array(DiagnosisSchema).max(12),
  })
  .partial()
  .extend({ version: VersionSchema });

export const EpisodeSchema = CreateEpisodeSchema.extend({
  id: IdSchema,
  patientId: IdSchema,
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
  version: z.number().int(),
});
export type Episode = z.infer<typeof EpisodeSchema>;
export type TreatmentPlan = z.infer<typeof TreatmentPlanSchema>;
export type CreateEpisode = z.infer<typeof CreateEpisodeSchema>;
export type UpdateEpisode = z.infer<typeof UpdateEpisodeSchema>;
