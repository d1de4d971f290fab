import { z } from 'zod';
import { IdSchema, pageOf } from './common';

/** The largest `audit_log.seq`: an `integer` column, so a larger cursor could never name a row. */
const maxSeq = 2_147_483_647;

/** `GET /api/audit`: one patient's accesses, or the whole clinic's, newest first. */
export const AuditQuerySchema = z.object({
  patientId: IdSchema.optional(),
  cursor: z
    .string()
    .refine((c) => /^[1-9]\d{0,9}$/.test(c) && Number(c) <= maxSeq, 'is not a cursor this server issued')
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditQuery = z.infer<typeof AuditQuerySchema>;

export const AuditEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityIds: z.array(z.string()),
  patientId: z.string().nullable(),
  actor: z.object({ id: z.string(), displayName: z.string() }).nullable(),
  requestId: z.string(),
  ip: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
export const AuditPageSchema = pageOf(AuditEntrySchema);
export type AuditPage = z.infer<typeof AuditPageSchema>;
