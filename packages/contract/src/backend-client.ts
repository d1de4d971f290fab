import { z } from 'zod';
import { IdSchema, IsoDateTimeSchema, requiredText } from './common';

/**
 * A SMART system scope SOT Chart grants: read-only, one resource type or `*`, in SMART v1 form
 * (`system/Patient.read`) or v2 form (`system/Observation.rs`, `r` read and `s` search).
 */
export const SmartScopeSchema = z
  .string()
  .regex(
    /^system\/(\*|[A-Z][A-Za-z]+)\.(read|rs|r|s)$/,
    'must be a read scope such as system/*.read, system/Patient.read or system/Observation.rs',
  );

/** A public JSON Web Key Set as pasted by the owner; the server checks each key further. */
export const JwksSchema = z.object({
  keys: z.array(z.record(z.string(), z.unknown())).min(1, 'needs at least one key').max(10),
});

export const CreateBackendClientSchema = z.object({
  name: requiredText(100),
  jwks: JwksSchema,
  scopes: z
    .array(SmartScopeSchema)
    .min(1, 'needs at least one scope')
    .max(40)
    .refine((list) => new Set(list).size === list.length, 'each scope may appear once'),
});
export type CreateBackendClient = z.infer<typeof CreateBackendClientSchema>;

/** A registered backend system; `id` is its client id (the `iss` and `sub` of its assertions). */
export const BackendClientSchema = z.object({
  id: IdSchema,
  name: z.string(),
  scopes: z.array(z.string()),
  keyIds: z.array(z.string()),
  createdAt: IsoDateTimeSchema,
  revokedAt: IsoDateTimeSchema.nullable(),
});
export type BackendClient = z.infer<typeof BackendClientSchema>;

export const BackendClientListSchema = z.object({ items: z.array(BackendClientSchema) });
