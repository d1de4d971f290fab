import type { IndicatorSpec, ProtocolPack } from '@sotchart/engine';
import { useTranslation } from '../../i18n/translation';
import { useProtocolText } from '../../i18n/protocol-text';
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
  const { t } = useTranslation('protocol');
  const text = useProtocolText();
  const label = (indicator: IndicatorSpec) => {
    const name = text('indicator', indicator.id, 'name', indicator.name);
    if (indicator.category === null) return t('disabled.recordedOnly', { name });
    return indicator.role === 'P'
      ? t('disabled.primary', { name, category: indicator.category })
      : t('disabled.supporting', { name, category: indicator.category });
  };
  return (
    <fieldset className="checkbox-list" id="protocol-disabled" tabIndex={-1}>
      <legend>{t('disabled.legend')}</legend>
      {base.indicators.map((indicator) => (
        <CheckboxField
          key={indicator.id}
          label={label(indicator)}
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
