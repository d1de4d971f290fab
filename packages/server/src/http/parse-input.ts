import type { z } from 'zod';
import { type ZodError, type ZodType } from 'zod';
import { AppError, type ErrorDetail } from '../errors';

type Part = 'body' | 'query' | 'params';

/** Zod issues as error details: body fields by their own path, query and params prefixed. */
export function detailsFromZod(error: ZodError, part: Part): ErrorDetail[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const prefixed = part === 'body' ? path || 'body' : path ? `${part}.${path}` : part;
    return { path: prefixed, message: issue.message };
  });
}

/** Parses one part of a request; bad input becomes VALIDATION_FAILED naming every bad field. */
export function parseInput<S extends ZodType>(schema: S, value: unknown, part: Part): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success)
    throw new AppError('VALIDATION_FAILED', { details: detailsFromZod(result.error, part) });
  return result.data;
}
