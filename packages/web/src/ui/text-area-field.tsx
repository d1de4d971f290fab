import type { TextareaHTMLAttributes } from 'react';
import { Field } from './field';

export interface TextAreaFieldProps extends Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'onChange' | 'value'
> {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
  readonly hint?: string;
}

/** A labelled multi-line input with its inline error. */
export function TextAreaField({ label, value, onChange, error, hint, ...rest }: TextAreaFieldProps) {
  return (
    <Field id={rest.id} label={label} error={error} {...(hint === undefined ? {} : { hint })}>
      {(control) => (
        // What the user typed is theirs: never translated (nor taken for a hard-coded string).
        <textarea
          translate="no"
          {...rest}
          {...control}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
