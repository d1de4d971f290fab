import type { BlockSpec, CategoryId, PlacementSpec, ProtocolPack } from '@sotchart/engine';
import { useTranslation } from '../../i18n/translation';
import { errorFor, type FieldErrors } from '../../api/field-errors';
import { useProtocolText } from '../../i18n/protocol-text';
import { CheckboxField } from '../../ui/checkbox-field';
import { RadioGroup } from '../../ui/radio-group';
import { SelectField } from '../../ui/select-field';
import { TextAreaField } from '../../ui/text-area-field';
import { TextField } from '../../ui/text-field';
import { blockSideKeys, landmarkKeys, positionKeys } from './placement-labels';
import type { BlockDraft, PlacementChoice } from './protocol-draft';

type LabelKey =
  | (typeof positionKeys)[keyof typeof positionKeys]
  | (typeof blockSideKeys)[keyof typeof blockSideKeys]
  | (typeof landmarkKeys)[keyof typeof landmarkKeys];

type Own = Extract<PlacementChoice, { kind: 'own' }>;

/**
 * The override paths, under `placements.<category>`, whose errors these fields show themselves; the
 * placement's fieldset shows the rest.
 */
export const ownPlacementFieldPaths: readonly string[] = [
  'position',
  'endpoint',
  'sources',
  ...[0, 1].flatMap((i) => ['side', 'landmark', 'direction'].map((f) => `blocks.${i}.${f}`)),
];

/** The clinic's own placement for a category: position, blocks, what to re-check, when to stop. */
export function OwnPlacementFields({
  category,
  base,
  value,
  onChange,
  errors,
}: {
  readonly category: CategoryId;
  readonly base: ProtocolPack;
  readonly value: Own;
  readonly onChange: (value: Own) => void;
  /** The form's errors, in words (see overrideErrors). */
  readonly errors: FieldErrors;
}) {
  const id = `placement-${category}`;
  const errorAt = (field: string) => errorFor(errors, `placements.${category}.${field}`);
  const setBlock = (index: 0 | 1, block: BlockDraft) => {
    const blocks: [BlockDraft, BlockDraft] = [value.blocks[0], value.blocks[1]];
    blocks[index] = block;
    onChange({ ...value, blocks });
  };
  const recheckable = base.indicators.filter((i) => i.category === category);
  const { t } = useTranslation('protocol');
  const text = useProtocolText();
  const options = <K extends string>(keys: Readonly<Record<K, LabelKey>>) =>
    (Object.keys(keys) as K[]).map((v) => {
      const key: LabelKey = keys[v];
      return { value: v, label: t(key) };
    });
  return (
    <div className="stack nested">
      <SelectField
        id={`${id}-position`}
        label={t('ownPlacement.position')}
        value={value.position}
        options={options(positionKeys)}
        onChange={(v) => onChange({ ...value, position: v as PlacementSpec['position'] })}
        error={errorAt('position')}
      />
      <RadioGroup
        legend={t('ownPlacement.blocks')}
        value={value.mode}
        onChange={(mode) => onChange({ ...value, mode })}
        options={[
          { value: 'pack', label: t('ownPlacement.clinicSets') },
          { value: 'practitioner', label: t('ownPlacement.practitionerPlaces') },
        ]}
      />
      {value.mode === 'pack'
        ? ([0, 1] as const).map((index) => {
            const block = value.blocks[index];
            return (
              <fieldset key={index} className="form-grid">
                <legend>{t('ownPlacement.block', { order: index + 1 })}</legend>
                {index === 1 ? (
                  <CheckboxField
                    label={t('ownPlacement.secondBlock')}
                    checked={block.used}
                    onChange={(used) => setBlock(1, { ...block, used })}
                  />
                ) : null}
                {block.used ? (
                  <>
                    <SelectField
                      id={`${id}-block${index}-side`}
                      label={t('ownPlacement.side')}
                      value={block.side}
                      options={options(blockSideKeys)}
                      onChange={(v) => setBlock(index, { ...block, side: v as BlockSpec['side'] })}
                      error={errorAt(`blocks.${index}.side`)}
                    />
                    <SelectField
                      id={`${id}-block${index}-landmark`}
                      label={t('ownPlacement.landmark')}
                      value={block.landmark}
                      options={options(landmarkKeys)}
                      onChange={(v) => setBlock(index, { ...block, landmark: v as BlockSpec['landmark'] })}
                      error={errorAt(`blocks.${index}.landmark`)}
                    />
                    <TextField
                      id={`${id}-block${index}-direction`}
                      label={t('ownPlacement.direction')}
                      value={block.direction}
                      onChange={(direction) => setBlock(index, { ...block, direction })}
                      error={errorAt(`blocks.${index}.direction`)}
                    />
                  </>
                ) : null}
              </fieldset>
            );
          })
        : null}
      {recheckable.length === 0 ? null : (
        <fieldset className="checkbox-list">
          <legend>{t('ownPlacement.recheck')}</legend>
          {recheckable.map((indicator) => (
            <CheckboxField
              key={indicator.id}
              label={text('indicator', indicator.id, 'name', indicator.name)}
              checked={value.recheck.includes(indicator.id)}
              onChange={(checked) =>
                onChange({
                  ...value,
                  recheck: checked
                    ? [...value.recheck, indicator.id]
                    : value.recheck.filter((r) => r !== indicator.id),
                })
              }
            />
          ))}
        </fieldset>
      )}
      <TextAreaField
        id={`${id}-endpoint`}
        label={t('ownPlacement.endpoint')}
        rows={3}
        value={value.endpoint}
        onChange={(endpoint) => onChange({ ...value, endpoint })}
        error={errorAt('endpoint')}
      />
      <SelectField
        id={`${id}-source`}
        label={t('ownPlacement.source')}
        hint={t('ownPlacement.sourceHint')}
        value={value.source}
        options={base.sources.map((s) => ({ value: s.id, label: text('source', s.id, 'title', s.title) }))}
        onChange={(source) => onChange({ ...value, source })}
        error={errorAt('sources')}
      />
    </div>
  );
}
