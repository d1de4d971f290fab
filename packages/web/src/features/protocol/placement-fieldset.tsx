import type { CategoryId, PlacementSpec, ProtocolPack } from '@sotchart/engine';
import { useTranslation } from '../../i18n/translation';
import type { FieldErrors } from '../../api/field-errors';
import { useProtocolText } from '../../i18n/protocol-text';
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
  const { t } = useTranslation('protocol');
  const text = useProtocolText();
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
    {
      value: 'pack',
      label: t('placement.asPack'),
      description: placementText(base.placements[category], t),
    },
    ...presets.map((p) => ({
      value: `preset:${p.id}`,
      label: t('placement.preset', { name: text('placementPreset', p.id, 'name', p.name) }),
      description: placementText(p.placement, t),
    })),
    { value: 'own', label: t('placement.own') },
  ];
  // The clinic's own placement starts from the pack's, in the words shown on this screen.
  const ownFromPack = (spec: PlacementSpec): PlacementChoice => {
    const own = ownPlacementFrom(spec);
    if (own.kind !== 'own') return own;
    const direction = (order: 1 | 2, draft: string) =>
      draft === '' ? '' : text('placement', category, `block${order}.direction`, draft);
    return {
      ...own,
      endpoint: text('placement', category, 'endpoint', own.endpoint),
      blocks: [
        { ...own.blocks[0], direction: direction(1, own.blocks[0].direction) },
        { ...own.blocks[1], direction: direction(2, own.blocks[1].direction) },
      ],
    };
  };
  return (
    <fieldset className="stack" id={`placement-${category}`} tabIndex={-1}>
      <legend>{t('placement.legend', { category })}</legend>
      <RadioGroup
        legend={t('placement.choiceLegend')}
        value={choiceKey(value)}
        options={options}
        error={choiceErrors.length === 0 ? undefined : choiceErrors.join('; ')}
        onChange={(key) => {
          if (key === 'pack') onChange({ kind: 'pack' });
          else if (key === 'own') onChange(ownFromPack(base.placements[category]));
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
