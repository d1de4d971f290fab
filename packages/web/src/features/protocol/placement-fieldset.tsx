import type { CategoryId, ProtocolPack } from '@sotchart/engine';
import type { FieldErrors } from '../../api/field-errors';
import { RadioGroup } from '../../ui/radio-group';
import { messagesUnder } from './override-errors';
import { OwnPlacementFields, ownPlacementFieldPaths } from './own-placement-fields';
import { placementText } from './placement-labels';
import { ownPlacementFrom, type PlacementChoice } from './protocol-draft';

function choiceKey(choice: PlacementChoice): string {
  return choice.kind === 'preset' ? `preset:${choice.preset}` : choice.kind;
}

/** A category's blocking placement: adopt the pack's, pick one of its presets, or set the clinic's own. */
export function PlacementFieldset({
  category,
  base,
  value,
  onChange,
  errors,
}: {
  readonly category: CategoryId;
  readonly base: ProtocolPack;
  readonly value: PlacementChoice;
  readonly onChange: (value: PlacementChoice) => void;
  /** The form's errors, in words (see overrideErrors). */
  readonly errors: FieldErrors;
}) {
  const path = `placements.${category}`;
  // With its own placement open, each of its fields shows its own error; the choice shows the rest.
  const shownAtFields = value.kind === 'own' ? ownPlacementFieldPaths.map((f) => `${path}.${f}`) : [];
  const choiceErrors = messagesUnder(
    Object.fromEntries(
      Object.entries(errors).filter(([p]) => !shownAtFields.some((f) => p === f || p.startsWith(`${f}.`))),
    ),
    path,
  );
  const presets = base.placementPresets.filter((p) => p.category === category);
  const options = [
    { value: 'pack', label: 'As the pack has it', description: placementText(base.placements[category]) },
    ...presets.map((p) => ({
      value: `preset:${p.id}`,
      label: `Preset: ${p.name}`,
      description: placementText(p.placement),
    })),
    { value: 'own', label: 'Our own placement' },
  ];
  return (
    <fieldset className="stack" id={`placement-${category}`} tabIndex={-1}>
      <legend>Category {category} blocking placement</legend>
      <RadioGroup
        legend="Placement"
        value={choiceKey(value)}
        options={options}
        error={choiceErrors.length === 0 ? undefined : choiceErrors.join('; ')}
        onChange={(key) => {
          if (key === 'pack') onChange({ kind: 'pack' });
          else if (key === 'own') onChange(ownPlacementFrom(base.placements[category]));
          else onChange({ kind: 'preset', preset: key.slice('preset:'.length) });
        }}
      />
      {value.kind === 'own' ? (
        <OwnPlacementFields
          category={category}
          base={base}
          value={value}
          onChange={onChange}
          errors={errors}
        />
      ) : null}
    </fieldset>
  );
}
