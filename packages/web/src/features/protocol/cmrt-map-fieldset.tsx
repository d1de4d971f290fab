import { useTranslation } from '../../i18n/translation';
import type { FieldErrors } from '../../api/field-errors';
import { TextField } from '../../ui/text-field';
import { messagesUnder } from './override-errors';
import { areaKeys, type AreaKey } from './protocol-draft';

/**
 * The clinic's occipital-fibre area → vertebra map. The pack ships none (the chart is proprietary),
 * so each clinic enters the one it was taught; blank areas stay unmapped.
 */
export function CmrtMapFieldset({
  value,
  onChange,
  errors,
}: {
  readonly value: Readonly<Record<AreaKey, string>>;
  readonly onChange: (value: Readonly<Record<AreaKey, string>>) => void;
  readonly errors: FieldErrors;
}) {
  const { t } = useTranslation('protocol');
  return (
    <fieldset className="form-grid compact-grid" id="protocol-cmrt-map" tabIndex={-1}>
      <legend>{t('cmrtMap.legend')}</legend>
      <p className="field-hint span-all">{t('cmrtMap.hint')}</p>
      {areaKeys.map((area) => {
        const messages = messagesUnder(errors, `cmrtMap.${area}`);
        return (
          <TextField
            key={area}
            id={`cmrt-area-${area}`}
            label={t('cmrtMap.area', { area })}
            value={value[area]}
            onChange={(text) => onChange({ ...value, [area]: text })}
            error={messages.length === 0 ? undefined : messages.join('; ')}
            autoComplete="off"
            spellCheck={false}
          />
        );
      })}
    </fieldset>
  );
}
