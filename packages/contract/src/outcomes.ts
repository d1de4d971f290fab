import {
  InstrumentDefinitionSchema,
  InstrumentIdSchema,
  instrumentIds,
  LocalisedInstrumentSchema,
  nprsBandTableIds,
  OutcomeScoreSchema,
} from '@sotchart/engine';
import { z } from 'zod';
import { IdSchema, IsoDateSchema, IsoDateTimeSchema, VersionSchema, storableString } from './common';
import { LanguageSchema } from './language';

/**
 * A questionnaire's answers as sent: item id → 0–N or null (not answered / not applicable), or for
 * the PSFS `{ activities: [{ id, label, score }] }`. The engine checks them against the instrument.
 */
export const QuestionnaireAnswersSchema = z.record(storableString().max(60), z.unknown());

/** `POST /api/patients/:id/questionnaires`: answers entered by staff. */
export const CreateQuestionnaireResponseSchema = z.object({
  instrumentId: InstrumentIdSchema,
  answers: QuestionnaireAnswersSchema,
  /** When the patient answered; defaults to now. */
  administeredAt: IsoDateTimeSchema.optional(),
  /** The episode it belongs to; defaults to the episode open on that date. */
  episodeId: IdSchema.nullable().optional(),
});
export type CreateQuestionnaireResponse = z.infer<typeof CreateQuestionnaireResponseSchema>;

/** One stored item answer: a fixed item's value, or a PSFS activity with the patient's name for it. */
export const StoredAnswerSchema = z.object({
  itemId: z.string(),
  label: z.string().nullable(),
  value: z.number().nullable(),
});
export type StoredAnswer = z.infer<typeof StoredAnswerSchema>;

export const QuestionnaireSourceSchema = z.enum(['staff', 'kiosk']);

/**
 * The wording a questionnaire was shown in: a text pack's language, whether it is a published,
 * validated translation (null when the pack does not say), and its source.
 */
export const QuestionnaireWordingSchema = z.object({
  language: z.string(),
  validated: z.boolean().nullable(),
  source: z.string().nullable(),
});
export type QuestionnaireWording = z.infer<typeof QuestionnaireWordingSchema>;

/** A stored questionnaire: the answers item by item and the score the server computed when it arrived. */
export const QuestionnaireResponseSchema = z.object({
  id: IdSchema,
  patientId: IdSchema,
  episodeId: IdSchema.nullable(),
  instrumentId: InstrumentIdSchema,
  instrumentVersion: z.string(),
  administeredAt: IsoDateTimeSchema,
  source: QuestionnaireSourceSchema,
  enteredBy: z.string().nullable(),
  answers: z.array(StoredAnswerSchema),
  score: OutcomeScoreSchema,
  engineVersion: z.string(),
  createdAt: IsoDateTimeSchema,
  /**
   * The wording it was answered in, kept with it: null for the shipped English titles; absent for a
   * questionnaire stored before the wording was kept.
   */
  wording: QuestionnaireWordingSchema.nullable().optional(),
});
export type QuestionnaireResponse = z.infer<typeof QuestionnaireResponseSchema>;

/** An instrument as a form: its definition and, where the clinic loaded one, its licensed wording. */
export const InstrumentFormSchema = z.object({
  definition: InstrumentDefinitionSchema,
  wording: LocalisedInstrumentSchema.nullable(),
});
export type InstrumentForm = z.infer<typeof InstrumentFormSchema>;
export const InstrumentFormListSchema = z.array(InstrumentFormSchema);

/** `GET /api/instruments`: the forms in this patient's language (else the clinic's), or in `language`. */
export const InstrumentFormsQuerySchema = z.object({
  patientId: IdSchema.optional(),
  language: LanguageSchema.optional(),
});

/** A text pack the clinic loaded (licensed wording or a translation), as listed. */
export const TextPackSummarySchema = z.object({
  instrumentId: InstrumentIdSchema,
  version: z.string(),
  language: z.string(),
  licence: z
    .object({ holder: z.string(), reference: z.string(), statement: z.string().optional() })
    .nullable(),
  /** Where the wording comes from, as the pack names it. */
  source: z.string().nullable(),
  /** False for an unvalidated translation; null when the pack does not say. */
  validated: z.boolean().nullable(),
  updatedAt: IsoDateTimeSchema,
});
export type TextPackSummary = z.infer<typeof TextPackSummarySchema>;

// ---- Schedule and settings ------------------------------------------------------------------------

export const ScheduleModeSchema = z.enum(['interval', 're_exam']);

/** The clinic's questionnaire schedule: baseline at an episode's first visit, then by interval or at re-exams. */
export const OutcomeSettingsSchema = z.object({
  mode: ScheduleModeSchema,
  /** Days between follow-ups in `interval` mode (default 14). */
  intervalDays: z.number().int().min(7).max(90),
  /** The instruments every episode tracks (others join once given). */
  instruments: z.array(InstrumentIdSchema).min(1).max(instrumentIds.length),
  nprsBands: z.enum(nprsBandTableIds),
  version: z.number().int(),
});
export type OutcomeSettings = z.infer<typeof OutcomeSettingsSchema>;
export const UpdateOutcomeSettingsSchema = OutcomeSettingsSchema.omit({ version: true })
  .partial()
  .extend({ version: VersionSchema });
export type UpdateOutcomeSettings = z.infer<typeof UpdateOutcomeSettingsSchema>;

export const ScheduleStatusSchema = z.enum(['upcoming', 'due', 'overdue', 'unscheduled']);

/** When an instrument is next due in the patient's open episode, and whether that has passed. */
export const ScheduleItemSchema = z.object({
  instrumentId: InstrumentIdSchema,
  kind: z.enum(['baseline', 'follow_up']),
  dueDate: IsoDateSchema.nullable(),
  status: ScheduleStatusSchema,
  lastAdministeredAt: IsoDateTimeSchema.nullable(),
});
export type ScheduleItem = z.infer<typeof ScheduleItemSchema>;

export const OutcomeScheduleSchema = z.object({
  patientId: IdSchema,
  episodeId: IdSchema.nullable(),
  mode: ScheduleModeSchema,
  today: IsoDateSchema,
  items: z.array(ScheduleItemSchema),
  overdue: z.boolean(),
  due: z.boolean(),
});
export type OutcomeSchedule = z.infer<typeof OutcomeScheduleSchema>;

// ---- Progress ---------------------------------------------------------------------------------------

export const ProgressPointSchema = z.object({
  responseId: IdSchema,
  episodeId: IdSchema.nullable(),
  administeredAt: IsoDateTimeSchema,
  value: z.number().nullable(),
  band: z.string().nullable(),
  /** Change since the first complete score of the same episode, judged by the important-change threshold. */
  delta: z.number().nullable(),
  verdict: z.enum(['improved', 'unchanged', 'worse', 'none']).nullable(),
});
export type ProgressPoint = z.infer<typeof ProgressPointSchema>;

export const ProgressSeriesSchema = z.object({
  instrumentId: InstrumentIdSchema,
  name: z.string(),
  unit: z.enum(['points', 'percent']),
  min: z.number(),
  max: z.number(),
  higherIsBetter: z.boolean(),
  bands: z.array(z.object({ id: z.string(), label: z.string(), min: z.number(), max: z.number() })),
  /** The important-change threshold in the score's unit; null when the instrument has none. */
  importantChange: z.number().nullable(),
  /** The first complete score of the latest episode with one: the line the important change is measured from. */
  baseline: z.number().nullable(),
  /**
   * The wording the patient's questionnaires are shown in (their language; null for the shipped English
   * titles): `validated: false` marks an unvalidated translation, whose scores may not match the
   * published change thresholds.
   */
  wording: QuestionnaireWordingSchema.nullable(),
  points: z.array(ProgressPointSchema),
});
export type ProgressSeries = z.infer<typeof ProgressSeriesSchema>;

/** `GET /api/patients/:id/outcomes`: score trends per instrument, oldest first, with the schedule. */
export const OutcomeProgressSchema = z.object({
  patientId: IdSchema,
  series: z.array(ProgressSeriesSchema),
  schedule: OutcomeScheduleSchema,
});
export type OutcomeProgress = z.infer<typeof OutcomeProgressSchema>;
