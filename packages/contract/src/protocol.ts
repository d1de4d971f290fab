import { ProtocolOverrideSchema, ProtocolPackSchema } from '@sotchart/engine';
import { z } from 'zod';
import { IsoDateSchema } from './common';
import { OverrideSchema } from './visit';
import { VisitRecordSchema } from './visit-record';

/** `GET /api/protocol`: the default pack, the clinic's override and revision, and the pack in effect. */
export const ProtocolStateSchema = z.object({
  base: ProtocolPackSchema,
  revision: z.number().int().min(0),
  override: ProtocolOverrideSchema.nullable(),
  effective: ProtocolPackSchema,
});
export type ProtocolState = z.infer<typeof ProtocolStateSchema>;

/** `PUT /api/protocol`: `version` is the revision last read (0 when the clinic has none). */
export const PutProtocolSchema = z.object({
  version: z.number({ message: 'must be the revision you last read' }).int().min(0),
  override: z.unknown(),
});

/**
 * `POST /api/analyze`: findings are validated against the clinic's effective pack; the record and the
 * episode's care phase and ABN date, when given, feed the coding suggestion. The answer is the engine
 * result a visit with these would store.
 */
export const AnalyzeRequestSchema = z.object({
  findings: z.array(z.unknown()).max(400),
  overrides: z.array(OverrideSchema).max(20).default([]),
  record: VisitRecordSchema.optional(),
  episode: z
    .object({ phase: z.enum(['active', 'maintenance']), abnDate: IsoDateSchema.nullable() })
    .nullable()
    .default(null),
});
export type AnalyzeRequest = z.infer<typeof AnalyzeRequestSchema>;
