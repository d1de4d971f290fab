import { useId } from 'react';

export interface Choice {
  readonly value: number;
  readonly label: string;
  readonly description?: string;
  /** The label is the instrument's own wording (shown as it is, never machine-translated). */
  readonly verbatim?: boolean;
  /** The description is the instrument's own wording. */
  readonly verbatimDescription?: boolean;
}

/**
 * One question as large touch tiles: native radio buttons in a fieldset, so a screen reader and a
 * keyboard work as well as a finger.
 */
export function ChoiceTiles({
  legend,
  hint,
  choices,
  value,
  onChange,
  columns,
  verbatimLegend = false,
}: {
  readonly legend: string;
  /** The legend is the instrument's own wording. */
  readonly verbatimLegend?: boolean;
  readonly hint?: string;
  readonly choices: readonly Choice[];
  readonly value: number | null;
  readonly onChange: (value: number) => void;
  readonly columns: 'scale' | 'list';
}) {
  const name = useId();
  const hintId = `${name}-hint`;
  return (
    <fieldset
      className={`choice-tiles choice-tiles-${columns}`}
      aria-describedby={hint === undefined ? undefined : hintId}
    >
      <legend translate={verbatimLegend ? 'no' : undefined}>{legend}</legend>
      {hint === undefined ? null : (
        <p id={hintId} className="kiosk-hint">
          {hint}
        </p>
      )}
      <div className="choice-grid">
        {choices.map((c) => (
          <label key={c.value} className={value === c.value ? 'choice choice-selected' : 'choice'}>
            <input
              type="radio"
              name={name}
              value={c.value}
              checked={value === c.value}
              onChange={() => onChange(c.value)}
            />
            <span className="choice-label" translate={c.verbatim === true ? 'no' : undefined}>
              {c.label}
            </span>
            {c.description === undefined ? null : (
              <span
                className="choice-description"
                translate={c.verbatimDescription === true ? 'no' : undefined}
              >
                {c.description}
              </span>
            )}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
