import { AppError } from '../errors';
import { PasswordMismatch } from './password-input';

/**
 * Prints an expected failure of an account command as one line per bad field and returns exit code 2;
 * anything else is rethrown.
 */
export function reportInputError(error: unknown): number {
  if (error instanceof AppError && error.code === 'VALIDATION_FAILED') {
    for (const d of error.details ?? []) console.error(`${d.path}: ${d.message}`);
    return 2;
  }
  if (error instanceof PasswordMismatch || error instanceof UsageError) {
    console.error(error.message);
    return 2;
  }
  throw error;
}

/** A command line that cannot work: a missing flag, an unknown value. */
export class UsageError extends Error {}
