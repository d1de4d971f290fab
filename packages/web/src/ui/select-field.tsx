import type { SelectHTMLAttributes } from 'react';
import { Field } from './field';

export interface SelectOption {
  readonly value: string;
  readonly label: string;
  /** The option names a language in that language (an autonym): marked as such, and never translated. */
  readonly lang?: string;
}

export interface SelectFieldProps extends Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'onChange' | 'value'
> {
  readonly label: string;
  readonly value: string;
  readonly options: readonly SelectOption[];
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
  readonly hint?: string;
}

/** A labelled native select (keyboard and screen-reader friendly on every device). */
export function SelectField({
  label,
  value,
  options,
  onChange,
  error,
  hint,
  required,
  ...rest
}: SelectFieldProps) {
  return (
    <Field
      id={rest.id}
      label={label}
      error={error}
      {...(hint === undefined ? {} : { hint })}
      required={required === true}
    >
      {(control) => (
        <select {...rest} {...control} value={value} onChange={(e) => onChange(e.target.value)}>
          {options.map((o) => (
            <option
              key={o.value}
              value={o.value}
              {...(o.lang === undefined ? {} : { lang: o.lang, translate: 'no' as const })}
            >
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
