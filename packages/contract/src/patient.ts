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
} from './common';

export const SexSchema = z.enum(['female', 'male', 'other', 'unknown']);

export const PatientHistorySchema = z.object({
  conditions: z.array(requiredText(300)).max(100).default([]),
  surgeries: z.array(requiredText(300)).max(100).default([]),
  medications: z.array(requiredText(300)).max(100).default([]),
  allergies: z.array(requiredText(300)).max(100).default([]),
});

const patientFields = {
  chartNumber: requiredText(32),
  givenName: requiredText(100),
  familyName: requiredText(100),
  dateOfBirth: IsoDateSchema,
  sex: SexSchema,
  phone: shortText(40).nullable().default(null),
  email: z.email({ message: 'must be an email address' }).max(200).nullable().default(null),
  address: shortText(500).nullable().default(null),
  occupation: shortText(200).nullable().default(null),
  history: PatientHistorySchema.default({ conditions: [], surgeries: [], medications: [], allergies: [] }),
  notes: longText(10_000).default(''),
};

export const CreatePatientSchema = z.object(patientFields);
export type CreatePatient = z.infer<typeof CreatePatientSchema>;

/** A partial update: only the fields sent change; `version` is required. */
export const UpdatePatientSchema = z
  .object({
    chartNumber: patientFields.chartNumber,
    givenName: patientFields.givenName,
    familyName: patientFields.familyName,
    dateOfBirth: patientFields.dateOfBirth,
    sex: patientFields.sex,
    phone: shortText(40).nullable(),
    email: z.email({ message: 'must be an email address' }).max(200).nullable(),
    address: shortText(500).nullable(),
    occupation: shortText(200).nullable(),
    history: PatientHistorySchema,
    notes: longText(10_000),
  })
  .partial()
  .extend({ version: VersionSchema });
export type UpdatePatient = z.infer<typeof UpdatePatientSchema>;

export const PatientSchema = CreatePatientSchema.extend({
  id: IdSchema,
  archived: z.boolean(),
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
  version: z.number().int(),
});
export type Patient = z.infer<typeof PatientSchema>;

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
  cursor: z.string().max(500).optional(),
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
  dateOfBirth: true,
  sex: true,
  archived: true,
});
export type PatientSummary = z.infer<typeof PatientSummarySchema>;
export const PatientPageSchema = pageOf(PatientSummarySchema);

export const ArchivePatientSchema = z.object({ version: VersionSchema });
