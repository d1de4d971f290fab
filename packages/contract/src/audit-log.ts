import { z } from 'zod';
import { IdSchema, IsoDateSchema, pageOf } from './common';

/** The largest `audit_log.seq`: an `integer` column, so a larger cursor could never name a row. */
const maxSeq = 2_147_483_647;

/** What the audit log records being done. */
export const auditActions = [
  'read',
  'create',
  'update',
  'sign',
  'archive',
  'export',
  'login',
  'login_failed',
  'logout',
  'refused',
] as const;
export const AuditActionSchema = z.enum(auditActions);
export type AuditActionName = z.infer<typeof AuditActionSchema>;

/**
 * `GET /api/audit`: one patient's accesses, or the whole clinic's, newest first; narrowed to one user
 * (`actorId`), one action, and clinic dates `from`–`to` (both included, in the clinic's time zone).
 */
export const AuditQuerySchema = z
  .object({
    patientId: IdSchema.optional(),
    actorId: IdSchema.optional(),
    action: AuditActionSchema.optional(),
    from: IsoDateSchema.optional(),
    to: IsoDateSchema.optional(),
    cursor: z
      .string()
      .refine((c) => /^[1-9]\d{0,9}$/.test(c) && Number(c) <= maxSeq, 'is not a cursor this server issued')
      .optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    path: ['to'],
    message: 'must be on or after the first date',
  });
export type AuditQuery = z.infer<typeof AuditQuerySchema>;

export const AuditEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityIds: z.array(z.string()),
  patientId: z.string().nullable(),
  /** The patient's name, when the entry is about a patient of the caller's clinic. */
  patientName: z.object({ givenName: z.string(), familyName: z.string() }).nullable(),
  actor: z.object({ id: z.string(), displayName: z.string() }).nullable(),
  /** Who acted: a signed-in user, the patient at the kiosk (no user), or the system itself. */
  by: z.enum(['user', 'kiosk', 'system']),
  requestId: z.string(),
  ip: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
export const AuditPageSchema = pageOf(AuditEntrySchema).extend({
  /** The clinic's users, by name: what the log can be narrowed to. */
  users: z.array(z.object({ id: z.string(), displayName: z.string() })),
});
export type AuditPage = z.infer<typeof AuditPageSchema>;
