import { z } from 'zod';
import { serverErrorCodes } from './error-code';

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

// A lone UTF-16 surrogate: a high one not followed by a low one, or a low one not after a high one.
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Why a string cannot be stored as sent, or undefined when it can: U+0000, which PostgreSQL's text
 * refuses (SQLite would keep it, so the two dialects would differ), and a lone surrogate, which is not
 * Unicode text and would come back as U+FFFD. Text that fails here is a 400 VALIDATION_FAILED on both
 * dialects, never a 500 or a silently changed value.
 */
export function unstorableTextReason(value: string): string | undefined {
  if (value.includes('\u0000')) return 'must not contain the character U+0000';
  if (loneSurrogate.test(value)) return 'must be valid Unicode text (it has an unpaired surrogate)';
  return undefined;
}

/** Any text the API stores: a string without U+0000 or lone surrogates. Every text schema builds on it. */
export const storableString = () =>
  z.string().superRefine((value, ctx) => {
    const reason = unstorableTextReason(value);
    if (reason !== undefined) ctx.addIssue({ code: 'custom', message: reason });
  });

export const shortText = (max = 200) => storableString().trim().max(max);
export const requiredText = (max = 200) => storableString().trim().min(1, 'is required').max(max);
export const longText = (max = 20_000) => storableString().max(max);

/** A page of results with an opaque cursor for the next page (null on the last). */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

/** The error body of every failed request (ARCHITECTURE.md, "Errors"). */
export const ErrorBodySchema = z.object({
  error: z.object({
    code: z.enum(serverErrorCodes),
    message: z.string(),
    details: z
      .array(
        z.object({
          path: z.string(),
          message: z.string(),
          /** CODING_INVALID only: the coding check's id and whether a written reason may override it. */
          rule: z.string().optional(),
          overridable: z.boolean().optional(),
        }),
      )
      .optional(),
    requestId: z.string(),
  }),
  current: z.unknown().optional(),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;
