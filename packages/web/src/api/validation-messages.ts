import { sourceLanguage } from '@sotchart/i18n';
import { i18n } from '../i18n/translation';
import type { z } from 'zod';
import type { FieldErrors } from './field-errors';

const t = (key: Parameters<typeof i18n.t>[0] & string, values: Record<string, unknown> = {}): string =>
  i18n.t(key as never, { ns: 'common', ...values }) as string;

/**
 * A zod issue as the words shown after a field's label ("Email must be an email address"), in the
 * app's language: chosen by the issue's code and its limits, never the schema's English message. A
 * refinement of the contract's own (a `custom` issue) keeps its message in English, the language it
 * is written in, and reads "is not valid" in any other.
 *
 * @example
 * issueMessage({ code: 'too_big', origin: 'string', maximum: 200, path: [], message: '', input: '' });
 * // 'must be at most 200 characters'
 */
export function issueMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string')
        return minimum <= 1 ? t('validation.required') : t('validation.tooShort', { minimum });
      if (issue.origin === 'array' || issue.origin === 'set') return t('validation.tooFew', { minimum });
      return t('validation.tooSmall', { minimum });
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'string') return t('validation.tooLong', { maximum });
      if (issue.origin === 'array' || issue.origin === 'set') return t('validation.tooMany', { maximum });
      return t('validation.tooBig', { maximum });
    }
    case 'invalid_type':
      return issue.input === undefined || issue.input === null
        ? t('validation.required')
        : t('validation.invalidType');
    case 'invalid_format':
      if (issue.format === 'email') return t('validation.email');
      if (issue.format === 'date') return t('validation.date');
      if (issue.format === 'datetime') return t('validation.dateTime');
      return t('validation.format');
    case 'invalid_value':
      return t('validation.option');
    case 'not_multiple_of':
      return t('validation.multipleOf', { divisor: Number(issue.divisor) });
    case 'unrecognized_keys':
      return t('validation.notAllowed');
    case 'custom': {
      const language = i18n.language;
      return language === sourceLanguage ? issue.message : t('validation.invalid');
    }
    default:
      return t('validation.invalid');
  }
}

/** A form's own zod check as field errors by dotted path (the first issue per field wins), like the server's. */
export function fieldErrorsFromIssues(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    if (!(path in errors)) errors[path] = issueMessage(issue);
  }
  return errors;
}
