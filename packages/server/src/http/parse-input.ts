import type { z } from 'zod';
import { type ZodError, type ZodType } from 'zod';
import { zodDetails } from '@sotchart/engine';
import { AppError, type ErrorDetail } from '../errors';

type Part = 'body' | 'query' | 'params';

/**
 * Zod issues as error details, by the engine's one converter (an unknown key named at its own path, a
 * union by its closest branch): body fields by their own path, query and params prefixed.
 */
export function detailsFromZod(error: ZodError, part: Part): ErrorDetail[] {
  return zodDetails(error.issues, part === 'body' ? '' : part).map((d) =>
    d.path === '' ? { ...d, path: 'body' } : d,
  );
}

/** Parses one part of a request; bad input becomes VALIDATION_FAILED naming every bad field. */
export function parseInput<S extends ZodType>(schema: S, value: unknown, part: Part): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success)
    throw new AppError('VALIDATION_FAILED', { details: detailsFromZod(result.error, part) });
  return result.data;
}
