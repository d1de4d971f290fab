import type { PriorityPresetId, ProtocolPack } from '@sotchart/engine';
import { useTranslation } from '../../i18n/translation';
import { useProtocolText } from '../../i18n/protocol-text';
import { RadioGroup } from '../../ui/radio-group';

/** Which category the analysis reports first when several are indicated. */
export function PriorityFieldset({
  base,
  value,
  onChange,
  error,
}: {
  readonly base: ProtocolPack;
  readonly value: PriorityPresetId;
  readonly onChange: (value: PriorityPresetId) => void;
  readonly error: string | undefined;
}) {
  const { t } = useTranslation('protocol');
  const text = useProtocolText();
  return (
    <RadioGroup
      id="protocol-priority"
      legend={t('priority.legend')}
      value={value}
      onChange={onChange}
      error={error}
      options={base.priorityPresets.map((p) => {
        const order = p.order.join(' → ');
        return {
          value: p.id,
          label: text('priorityPreset', p.id, 'name', p.name),
          description:
            p.id === base.priority ? t('priority.orderDefault', { order }) : t('priority.order', { order }),
        };
      })}
    />
  );
}
