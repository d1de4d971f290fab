import { useId } from 'react';
import { useTranslation } from '../../i18n/translation';
import type { SelectOption } from '../../ui/select-field';

/**
 * One questionnaire item as a select, labelled with the item's wording in the patient's language (a
 * text pack's title and question, and the labels of the scale's ends). The wording is the
 * instrument's, not the app's: it is marked with its language and never machine-translated.
 */
export function WordingSelect({
  label,
  text,
  anchors,
  language,
  scale,
  value,
  options,
  onChange,
  error,
}: {
  readonly label: string;
  readonly text: string | null;
  readonly anchors: { readonly min: string; readonly max: string } | null;
  readonly language: string;
  /** The item's scale, whose ends the anchors label. */
  readonly scale: { readonly min: number; readonly max: number };
  readonly value: string;
  readonly options: readonly SelectOption[];
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
}) {
  const { t } = useTranslation('common');
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const hint = text !== null || anchors !== null;
  const describedBy = [hint ? hintId : null, error === undefined ? null : errorId].filter((v) => v !== null);
  return (
    <div className={error === undefined ? 'field' : 'field field-invalid'}>
      <label htmlFor={id} lang={language} translate="no">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="field-hint" lang={language} translate="no">
          {text}
          {text !== null && anchors !== null ? ' ' : null}
          {anchors === null ? null : `(${scale.min} = ${anchors.min}, ${scale.max} = ${anchors.max})`}
        </p>
      ) : null}
      <select
        id={id}
        value={value}
        aria-invalid={error === undefined ? undefined : true}
        aria-describedby={describedBy.length === 0 ? undefined : describedBy.join(' ')}
        onChange={(e) => onChange(e.target.value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error === undefined ? null : (
        <p id={errorId} className="field-error">
          {t('field.error', { label, error })}
        </p>
      )}
    </div>
  );
}
