import type { InputHTMLAttributes } from 'react';
import { Field } from './field';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
  readonly hint?: string;
}

/** A labelled single-line input; `error` marks it invalid and shows the message under it. */
export function TextField({ label, value, onChange, error, hint, required, ...rest }: TextFieldProps) {
  return (
    <Field
      id={rest.id}
      label={label}
      error={error}
      {...(hint === undefined ? {} : { hint })}
      required={required === true}
    >
      {(control) => <input {...rest} {...control} value={value} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}
