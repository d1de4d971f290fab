import { i18n } from '../i18n/translation';
import type { ErrorSummaryItem } from './error-summary';

export interface SummaryField {
  /** The field's path in the error details, e.g. `history.conditions`. */
  readonly path: string;
  readonly label: string;
  /** The id of its control. */
  readonly id: string;
}

/**
 * The error summary's lines for a form: one per field with an error (in the form's order, matching
 * nested paths such as `history.conditions.2` to their field), then any error that names no field.
 */
export function summaryItems(
  errors: Readonly<Record<string, string>>,
  fields: readonly SummaryField[],
): ErrorSummaryItem[] {
  const used = new Set<string>();
  const items: ErrorSummaryItem[] = [];
  for (const field of fields) {
    const key = Object.keys(errors).find((k) => k === field.path || k.startsWith(`${field.path}.`));
    if (key === undefined) continue;
    for (const k of Object.keys(errors)) if (k === field.path || k.startsWith(`${field.path}.`)) used.add(k);
    items.push({
      fieldId: field.id,
      message: i18n.t('field.error', { ns: 'common', label: field.label, error: errors[key] ?? '' }),
    });
  }
  for (const [path, message] of Object.entries(errors)) {
    if (!used.has(path))
      items.push({ message: i18n.t('errorSummary.otherField', { ns: 'common', path, message }) });
  }
  return items;
}
