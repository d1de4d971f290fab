import type { ProtocolPack } from '@sotchart/engine';
import { CheckboxField } from '../../ui/checkbox-field';

/** Indicators the clinic does not examine: they leave the catalogue and every rule. */
export function DisabledIndicatorsFieldset({
  base,
  value,
  onChange,
  errors,
}: {
  readonly base: ProtocolPack;
  readonly value: readonly string[];
  readonly onChange: (value: readonly string[]) => void;
  readonly errors: readonly string[];
}) {
  const categoryText = (c: string | null, role: string | null) =>
    c === null ? 'recorded only' : `Category ${c}, ${role === 'P' ? 'primary' : 'supporting'}`;
  return (
    <fieldset className="checkbox-list" id="protocol-disabled" tabIndex={-1}>
      <legend>Indicators not used in this clinic</legend>
      {base.indicators.map((indicator) => (
        <CheckboxField
          key={indicator.id}
          label={`${indicator.name} (${categoryText(indicator.category, indicator.role)})`}
          checked={value.includes(indicator.id)}
          onChange={(off) =>
            onChange(off ? [...value, indicator.id] : value.filter((id) => id !== indicator.id))
          }
        />
      ))}
      {errors.map((message) => (
        <p key={message} className="field-error">
          {message}
        </p>
      ))}
    </fieldset>
  );
}
