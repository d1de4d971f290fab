import type { Finding } from '@sotchart/engine';
import { CodingProblemSchema, EngineResultSchema, FindingSchema } from '@sotchart/engine';
import { z } from 'zod';
import { IdSchema, IsoDateTimeSchema, VersionSchema, longText, requiredText } from './common';
import { VisitRecordSchema } from './visit-record';
import { LanguageSchema } from './language';

import { VisitTypeSchema } from './visit-type';

export { VisitTypeSchema };
export type VisitType = z.infer<typeof VisitTypeSchema>;
export const CategoryIdSchema = z.enum(['I', 'II', 'III']);

export const TreatedCategorySchema = z.object({ category: CategoryIdSchema, reason: requiredText(1000) });
export const OverrideSchema = z.object({ contraindication: requiredText(80), reason: requiredText(1000) });

export const CreateVisitSchema = z.object({
  episodeId: IdSchema.nullable().default(null),
  visitAt: IsoDateTimeSchema,
  type: VisitTypeSchema,
  chiefComplaint: longText(2000).default(''),
});
export type CreateVisit = z.infer<typeof CreateVisitSchema>;

/**
 * A draft save: only the fields sent change; `version` is required. `findings` replaces the whole set
 * (pre and post). Any `analysis` sent is ignored: the server computes it.
 */
export const UpdateVisitSchema = z
  .object({
    episodeId: IdSchema.nullable(),
    visitAt: IsoDateTimeSchema,
    type: VisitTypeSchema,
    chiefComplaint: longText(2000),
    pain: z.number().int().min(0).max(10).nullable(),
    findings: z.array(FindingSchema).max(400),
    treatedCategory: TreatedCategorySchema.nullable(),
    overrides: z.array(OverrideSchema).max(20),
    record: VisitRecordSchema,
  })
  .partial()
  .extend({ version: VersionSchema });
export type UpdateVisit = z.infer<typeof UpdateVisitSchema>;

/**
 * Signing: the version last read, and the practitioner's attestation that the note is accurate and
 * theirs (shown with their name and credentials before they confirm).
 */
export const SignVisitSchema = z.object({
  version: VersionSchema,
  attest: z.literal(true, { message: 'must be true: confirm the attestation to sign' }),
});
export const CreateAddendumSchema = z.object({ text: requiredText(20_000) });

export const AddendumSchema = z.object({
  id: IdSchema,
  visitId: IdSchema,
  seq: z.number().int(),
  authorId: z.string(),
  text: z.string(),
  signedAt: IsoDateTimeSchema,
  /**
   * SHA-256 (hex) of the addendum's own signed PDF (`GET /api/visits/:id/addenda/:seq.pdf`), frozen
   * when the addendum was added. Absent only for an addendum not yet frozen by the upgrade backfill.
   */
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
});
export type Addendum = z.infer<typeof AddendumSchema>;

export const VisitSchema = z.object({
  id: IdSchema,
  patientId: IdSchema,
  episodeId: IdSchema.nullable(),
  practitionerId: z.string(),
  visitAt: IsoDateTimeSchema,
  type: VisitTypeSchema,
  status: z.enum(['draft', 'signed']),
  chiefComplaint: z.string(),
  pain: z.number().int().nullable(),
  findings: z.array(FindingSchema),
  /** The engine's result for this visit, computed and stored by the server on every save. */
  engine: EngineResultSchema,
  treatedCategory: TreatedCategorySchema.nullable(),
  overrides: z.array(OverrideSchema),
  record: VisitRecordSchema,
  signedAt: IsoDateTimeSchema.nullable(),
  signedBy: z.string().nullable(),
  /** The note's language, fixed when it is signed (the clinic's language then); null for a draft. */
  noteLanguage: LanguageSchema.nullable(),
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
  version: z.number().int(),
  /**
   * A draft's answer to reading or saving it: what the coding checks find in the confirmed coding,
   * errors and warnings alike. A draft is never refused for them; signing is (CODING_INVALID).
   */
  codingProblems: z.array(CodingProblemSchema).optional(),
});
export type Visit = z.infer<typeof VisitSchema>;
export type { Finding };
