import { z } from 'zod';
import { requiredText } from './common';
import { Icd10CodeSchema } from './episode';

/** One ICD-10-CM code a clinic adds to SOT Chart's chiropractic list, with its own short description. */
export const ClinicDiagnosisCodeSchema = z.object({
  code: Icd10CodeSchema,
  description: requiredText(120),
});
export type ClinicDiagnosisCode = z.infer<typeof ClinicDiagnosisCodeSchema>;

/**
 * The clinic's own ICD-10-CM codes: the coding checks take them as known and billable on any date
 * (docs/interop.md, "Coding checks"). Version 0 means none has been saved.
 */
export const ClinicDiagnosisCodesSchema = z.object({
  codes: z.array(ClinicDiagnosisCodeSchema),
  version: z.number().int(),
});
export type ClinicDiagnosisCodes = z.infer<typeof ClinicDiagnosisCodesSchema>;

export const UpdateClinicDiagnosisCodesSchema = z.object({
  codes: z
    .array(ClinicDiagnosisCodeSchema)
    .max(200)
    .refine((list) => new Set(list.map((c) => c.code)).size === list.length, 'each code may appear once'),
  /** 0 when no list has been saved yet, else the version last read. */
  version: z.number().int().min(0),
});
export type UpdateClinicDiagnosisCodes = z.infer<typeof UpdateClinicDiagnosisCodesSchema>;
