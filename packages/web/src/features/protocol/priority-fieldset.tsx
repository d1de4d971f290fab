import type { PriorityPresetId, ProtocolPack } from '@sotchart/engine';
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
  return (
    <RadioGroup
      id="protocol-priority"
      legend="Category priority"
      value={value}
      onChange={onChange}
      error={error}
      options={base.priorityPresets.map((p) => ({
        value: p.id,
        label: p.name,
        description: `Order: ${p.order.join(' → ')}${p.id === base.priority ? ' (the pack’s default)' : ''}`,
      }))}
    />
  );
}
