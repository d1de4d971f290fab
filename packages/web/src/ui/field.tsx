import { useId, type ReactNode } from 'react';
import { useTranslation } from '../i18n/translation';

export interface FieldControlProps {
  readonly id: string;
  readonly 'aria-invalid': true | undefined;
  readonly 'aria-describedby': string | undefined;
}

export interface FieldProps {
  /** The control's id; generated when absent. Give one to link to the control from an error summary. */
  readonly id?: string | undefined;
  readonly label: string;
  /** The error message from the server, shown after the label, e.g. "Email must be an email address". */
  readonly error?: string | undefined;
  readonly hint?: string;
  readonly required?: boolean;
  /** Renders the control with the ids that tie it to its label, hint and error. */
  readonly children: (control: FieldControlProps) => ReactNode;
}

/** A labelled form control with its hint and inline error, wired for screen readers. */
export function Field({ id: givenId, label, error, hint, required = false, children }: FieldProps) {
  const { t } = useTranslation('common');
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint === undefined ? null : hintId, error === undefined ? null : errorId]
    .filter((v) => v !== null)
    .join(' ');
  return (
    <div className={error === undefined ? 'field' : 'field field-invalid'}>
      <label htmlFor={id}>
        {label}
        {required ? <span className="required-mark"> {t('field.requiredMark')}</span> : null}
      </label>
      {hint === undefined ? null : (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {children({
        id,
        'aria-invalid': error === undefined ? undefined : true,
        'aria-describedby': describedBy === '' ? undefined : describedBy,
      })}
      {error === undefined ? null : (
        <p id={errorId} className="field-error">
          {t('field.error', { label, error })}
        </p>
      )}
    </div>
  );
}
