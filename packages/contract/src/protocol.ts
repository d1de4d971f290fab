import type { ProtocolOverride, ProtocolPack } from '@sotchart/engine';
import { z } from 'zod';
import { OverrideSchema } from './visit';

/** `GET /api/protocol`: the default pack, the clinic's override and revision, and the pack in effect. */
export const ProtocolStateSchema = z.object({
  base: z.custom<ProtocolPack>(),
  revision: z.number().int().min(0),
  override: z.custom<ProtocolOverride>().nullable(),
  effective: z.custom<ProtocolPack>(),
});
export type ProtocolState = z.infer<typeof ProtocolStateSchema>;

/** `PUT /api/protocol`: `version` is the revision last read (0 when the clinic has none). */
export const PutProtocolSchema = z.object({
  version: z.number({ message: 'must be the revision you last read' }).int().min(0),
  override: z.unknown(),
});

/** `POST /api/analyze`: findings are validated against the clinic's effective pack. */
export const AnalyzeRequestSchema = z.object({
  findings: z.array(z.unknown()).max(400),
  overrides: z.array(OverrideSchema).max(20).default([]),
});
