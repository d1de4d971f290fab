import { i18n } from '../../i18n/translation';
import type { FieldErrors } from '../../api/field-errors';
import { overrideFieldNameWithin } from './override-field-names';

const levels = 'OC, C1–C7, T1–T12, L1–L5, SA, IL, CO';

/**
 * A schema message in the form's words: the server's "must be at most 80 characters" becomes "is too
 * long (at most 80 characters)". Messages the server words for this form (an unknown source, a preset
 * of another category) are kept as they are.
 */
export function plainMessage(path: string, message: string): string {
  const t = i18n.getFixedT(null, 'protocol');
  const tooLong = /^must be at most (\d+) characters$/.exec(message);
  const tooMany = /^allows at most (\d+) items$/.exec(message);
  const tooFew = /^needs at least (\d+) items$/.exec(message);
  if (message === 'is required') return t('error.required');
  if (tooLong !== null) return t('error.tooLong', { max: tooLong[1] ?? '' });
  if (tooMany !== null) return t('error.tooMany', { max: tooMany[1] ?? '' });
  if (tooFew !== null) return t('error.tooFew', { min: tooFew[1] ?? '' });
  if (message === 'is not one of the allowed options') {
    return path.startsWith('cmrtMap.') ? t('error.notALevel', { levels }) : t('error.notAChoice');
  }
  if (message === 'field not allowed here') return t('error.notASetting');
  return message;
}

/**
 * The PUT body nests the override under `override`; the form's paths are the override's own, and each
 * message is in the form's words (see {@link plainMessage}).
 */
export function overrideErrors(errors: FieldErrors): FieldErrors {
  const out: Record<string, string> = {};
  for (const [raw, message] of Object.entries(errors)) {
    const path = raw.startsWith('override.') ? raw.slice('override.'.length) : raw;
    out[path] = plainMessage(path, message);
  }
  return out;
}

/**
 * Every message at or under `prefix`, for the fieldset that shows `prefix`, named in words from that
 * fieldset down, e.g. "Block 1, landmark: is not one of the choices".
 */
export function messagesUnder(errors: FieldErrors, prefix: string): string[] {
  return Object.entries(errors)
    .filter(([path]) => path === prefix || path.startsWith(`${prefix}.`))
    .map(([path, message]) => {
      const field = overrideFieldNameWithin(path, prefix);
      return field === '' ? message : i18n.t('error.named', { ns: 'protocol', field, message });
    });
}
