import { useId, type ReactNode } from 'react';

export interface RadioOption<V extends string> {
  readonly value: V;
  readonly label: string;
  /** The label is user data (e.g. a clinic's name): marked so it is never translated. */
  readonly userData?: boolean;
  /** A second line under the label. */
  readonly description?: ReactNode;
}

export interface RadioGroupProps<V extends string> {
  readonly legend: string;
  readonly value: V;
  readonly options: readonly RadioOption<V>[];
  readonly onChange: (value: V) => void;
  readonly error?: string | undefined;
  /** An id for the group, so an error summary can link to it. */
  readonly id?: string;
}

/** Native radio buttons in a fieldset; the whole label is a 44 px target. */
export function RadioGroup<V extends string>({
  legend,
  value,
  options,
  onChange,
  error,
  id,
}: RadioGroupProps<V>) {
  const name = useId();
  const errorId = `${name}-error`;
  return (
    <fieldset
      className={error === undefined ? 'radio-group' : 'radio-group field-invalid'}
      id={id}
      tabIndex={id === undefined ? undefined : -1}
      aria-describedby={error === undefined ? undefined : errorId}
    >
      <legend>{legend}</legend>
      {options.map((o) => (
        <div className="radio-option" key={o.value}>
          <input
            type="radio"
            id={`${name}-${o.value}`}
            name={name}
            value={o.value}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
          />
          <label htmlFor={`${name}-${o.value}`}>
            {o.userData === true ? <span translate="no">{o.label}</span> : o.label}
            {o.description === undefined ? null : <span className="radio-description">{o.description}</span>}
          </label>
        </div>
      ))}
      {error === undefined ? null : (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
