import { z } from 'zod';

/** Sortable random ids (UUIDv7) as text. */
export const IdSchema = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'must be an id');
export const IdParamsSchema = z.object({ id: IdSchema });

/** A calendar date, YYYY-MM-DD, that exists. */
export const IsoDateSchema = z.iso.date({ message: 'must be a date as YYYY-MM-DD' });
/** An instant in UTC (or with an offset), ISO-8601. */
export const IsoDateTimeSchema = z.iso.datetime({ offset: true, message: 'must be a date-time as ISO-8601' });
/** The record version a client last read; a stale one gets VERSION_CONFLICT. */
export const VersionSchema = z.number({ message: 'must be the record version you last read' }).int().min(1);

export const shortText = (max = 200) => z.string().trim().max(max);
export const requiredText = (max = 200) => z.string().trim().min(1, 'is required').max(max);
export const longText = (max = 20_000) => z.string().max(max);

/** A page of results with an opaque cursor for the next page (null on the last). */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

/** The error body of every failed request (ARCHITECTURE.md, "Errors"). */
export const ErrorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    requestId: z.string(),
  }),
  current: z.unknown().optional(),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;
