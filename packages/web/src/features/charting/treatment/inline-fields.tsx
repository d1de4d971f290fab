import { useId } from 'react';

interface Labelled {
  readonly label: string;
}

/** A compact labelled select for list rows. */
export function InlineSelect({
  label,
  value,
  options,
  onChange,
}: Labelled & {
  readonly value: string;
  readonly options: readonly (readonly [string, string])[];
  readonly onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <span className="inline-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </span>
  );
}

/** A compact labelled number input; empty reads as undefined. */
export function InlineNumber({
  label,
  value,
  min,
  max,
  step,
  onChange,
}: Labelled & {
  readonly value: number | undefined;
  readonly min: number;
  readonly max: number;
  readonly step?: number;
  readonly onChange: (value: number | undefined) => void;
}) {
  const id = useId();
  return (
    <span className="inline-field inline-number">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={min}
        max={max}
        step={step ?? 1}
        value={value ?? ''}
        onChange={(e) => {
          const n = e.target.valueAsNumber;
          onChange(Number.isNaN(n) ? undefined : Math.min(max, Math.max(min, n)));
        }}
      />
    </span>
  );
}

/** A compact labelled text input. */
export function InlineText({
  label,
  value,
  maxLength,
  list,
  onChange,
}: Labelled & {
  readonly value: string;
  readonly maxLength: number;
  readonly list?: string;
  readonly onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <span className="inline-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={value}
        maxLength={maxLength}
        {...(list === undefined ? {} : { list })}
        onChange={(e) => onChange(e.target.value)}
      />
    </span>
  );
}
