import { z } from 'zod';
import {
  IdSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  VersionSchema,
  longText,
  pageOf,
  requiredText,
  shortText,
  storableString,
} from './common';
import { CoverageListSchema } from './coverage';
import { LanguageSchema } from './language';

export const SexSchema = z.enum(['female', 'male', 'other', 'unknown']);

export const PatientHistorySchema = z.object({
  conditions: z.array(requiredText(300)).max(100).default([]),
  surgeries: z.array(requiredText(300)).max(100).default([]),
  medications: z.array(requiredText(300)).max(100).default([]),
  allergies: z.array(requiredText(300)).max(100).default([]),
});

const demographicFields = {
  chartNumber: requiredText(32),
  givenName: requiredText(100),
  familyName: requiredText(100),
  dateOfBirth: IsoDateSchema,
  sex: SexSchema,
  phone: shortText(40).nullable().default(null),
  email: z.email({ message: 'must be an email address' }).max(200).nullable().default(null),
  address: shortText(500).nullable().default(null),
  occupation: shortText(200).nullable().default(null),
  /** The name's phonetic reading (e.g. kana for a name written in kanji); patient search matches it. */
  nameReading: shortText(200).nullable().default(null),
  /** What the patient reads (handout, kiosk forms, questionnaires) in; null for the clinic's language. */
  language: LanguageSchema.nullable().default(null),
  /** Insurance, primary and secondary: registration staff record it with the demographics. */
  coverage: CoverageListSchema.default([]),
};

/**
 * The medical history and notes are not demographics: every role that registers patients may send
 * these bodies, but only clinical roles write the history, through its own route. Sending them here is
 * refused rather than dropped, so an old client does not lose what it typed.
 */
const notHere = z
  .never({ message: 'is part of the medical history: send it to /api/patients/:id/history' })
  .optional();

/** `POST /api/patients`: demographics only (the history has its own route). */
export const CreatePatientSchema = z.object({ ...demographicFields, history: notHere, notes: notHere });
export type CreatePatient = z.infer<typeof CreatePatientSchema>;

/** `PATCH /api/patients/:id`: a partial update of the demographics; `version` is required. */
export const UpdatePatientSchema = z
  .object({
    chartNumber: demographicFields.chartNumber,
    givenName: demographicFields.givenName,
    familyName: demographicFields.familyName,
    dateOfBirth: demographicFields.dateOfBirth,
    sex: demographicFields.sex,
    phone: shortText(40).nullable(),
    email: z.email({ message: 'must be an email address' }).max(200).nullable(),
    address: shortText(500).nullable(),
    occupation: shortText(200).nullable(),
    nameReading: shortText(200).nullable(),
    language: LanguageSchema.nullable(),
    coverage: CoverageListSchema,
  })
  .partial()
  .extend({ version: VersionSchema, history: notHere, notes: notHere });
export type UpdatePatient = z.infer<typeof UpdatePatientSchema>;

/** A patient as every role of the clinic reads it: demographics, never the history or notes. */
export const PatientSchema = z.object({
  ...demographicFields,
  id: IdSchema,
  archived: z.boolean(),
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
  version: z.number().int(),
});
export type Patient = z.infer<typeof PatientSchema>;

/**
 * `GET|PATCH /api/patients/:id/history` (clinical roles): conditions, surgeries, medications and
 * allergies, and the free-text notes. It shares the patient's `version`: any change to the patient
 * bumps it.
 */
export const MedicalHistorySchema = z.object({
  patientId: IdSchema,
  history: PatientHistorySchema,
  notes: z.string(),
  updatedAt: IsoDateTimeSchema,
  version: z.number().int(),
});
export type MedicalHistory = z.infer<typeof MedicalHistorySchema>;

/** A partial update of the history: a list sent replaces that list; `version` is required. */
export const UpdateMedicalHistorySchema = z
  .object({ history: PatientHistorySchema, notes: longText(10_000) })
  .partial()
  .extend({ version: VersionSchema });
export type UpdateMedicalHistory = z.infer<typeof UpdateMedicalHistorySchema>;

/** The whole stored patient, as the server keeps it (never sent whole: two routes, two permissions). */
export type PatientWithHistory = Patient & Pick<MedicalHistory, 'history' | 'notes'>;

export const PatientSortSchema = z.enum(['name', 'chartNumber', 'recent']);
export const PatientSearchSchema = z.object({
  /**
   * A date of birth (YYYY-MM-DD), or the start of any word of the name in either order ("smi",
   * "smith jo", "john sm") or of the chart number; case and extra spaces do not matter.
   */
  q: shortText(100).optional(),
  /** With `q`, "name" lists by the name words the query matched. */
  sort: PatientSortSchema.default('name'),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: storableString().max(500).optional(),
  includeArchived: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});
export type PatientSearch = z.infer<typeof PatientSearchSchema>;

export const PatientSummarySchema = PatientSchema.pick({
  id: true,
  chartNumber: true,
  givenName: true,
  familyName: true,
  nameReading: true,
  dateOfBirth: true,
  sex: true,
  archived: true,
});
export type PatientSummary = z.infer<typeof PatientSummarySchema>;
export const PatientPageSchema = pageOf(PatientSummarySchema);
export type PatientPage = z.infer<typeof PatientPageSchema>;

export const ArchivePatientSchema = z.object({ version: VersionSchema });
