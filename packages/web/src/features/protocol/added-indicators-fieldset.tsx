import type { CategoryId, ProtocolPack } from '@sotchart/engine';
import { useTranslation } from '../../i18n/translation';
import { errorFor, type FieldErrors } from '../../api/field-errors';
import { useProtocolText } from '../../i18n/protocol-text';
import { Button } from '../../ui/button';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import type { AddedIndicatorDraft } from './protocol-draft';
import { addableResultShapes } from './result-shape-labels';

const blank: AddedIndicatorDraft = {
  id: '',
  name: '',
  description: '',
  category: '',
  role: 'S',
  result: 'side_posneg',
  source: '',
};

/** Indicators the clinic examines beyond the pack's catalogue; each is practitioner-defined. */
export function AddedIndicatorsFieldset({
  base,
  value,
  onChange,
  errors,
}: {
  readonly base: ProtocolPack;
  readonly value: readonly AddedIndicatorDraft[];
  readonly onChange: (value: readonly AddedIndicatorDraft[]) => void;
  readonly errors: FieldErrors;
}) {
  const { t } = useTranslation('protocol');
  const text = useProtocolText();
  const set = (index: number, patch: Partial<AddedIndicatorDraft>) =>
    onChange(value.map((d, i) => (i === index ? { ...d, ...patch } : d)));
  return (
    <fieldset className="stack" id="protocol-added" tabIndex={-1}>
      <legend>{t('added.legend')}</legend>
      {value.length === 0 ? <p className="muted">{t('added.none')}</p> : null}
      {value.map((draft, index) => {
        const path = `addIndicators.${index}`;
        const id = `added-${index}`;
        return (
          <fieldset key={index} className="form-grid nested">
            <legend>{t('added.item', { number: index + 1 })}</legend>
            <TextField
              id={`${id}-name`}
              label={t('added.name')}
              value={draft.name}
              onChange={(name) => set(index, { name })}
              error={errorFor(errors, `${path}.name`)}
            />
            <TextField
              id={`${id}-id`}
              label={t('added.id')}
              hint={t('added.idHint')}
              value={draft.id}
              onChange={(v) => set(index, { id: v })}
              error={errorFor(errors, `${path}.id`)}
              spellCheck={false}
              autoComplete="off"
            />
            <TextField
              id={`${id}-description`}
              label={t('added.description')}
              value={draft.description}
              onChange={(description) => set(index, { description })}
              error={errorFor(errors, `${path}.description`)}
            />
            <SelectField
              id={`${id}-result`}
              label={t('added.result')}
              value={draft.result}
              options={addableResultShapes.map((o) => ({ value: o.value, label: t(o.labelKey) }))}
              onChange={(v) => set(index, { result: v as AddedIndicatorDraft['result'] })}
              error={errorFor(errors, `${path}.result`)}
            />
            <SelectField
              id={`${id}-category`}
              label={t('added.category')}
              value={draft.category}
              options={[
                { value: '', label: t('added.noCategory') },
                { value: 'I', label: t('added.categoryI') },
                { value: 'II', label: t('added.categoryII') },
                { value: 'III', label: t('added.categoryIII') },
              ]}
              onChange={(v) => set(index, { category: v as '' | CategoryId })}
              error={errorFor(errors, `${path}.category`)}
            />
            {draft.category === '' ? null : (
              <SelectField
                id={`${id}-role`}
                label={t('added.role')}
                value={draft.role}
                options={[
                  { value: 'S', label: t('added.supporting') },
                  { value: 'P', label: t('added.primary') },
                ]}
                onChange={(v) => set(index, { role: v as 'P' | 'S' })}
                error={errorFor(errors, `${path}.role`)}
              />
            )}
            <SelectField
              id={`${id}-source`}
              label={t('added.source')}
              value={draft.source}
              options={[
                { value: '', label: t('added.chooseSource') },
                ...base.sources.map((s) => ({ value: s.id, label: text('source', s.id, 'title', s.title) })),
              ]}
              onChange={(source) => set(index, { source })}
              error={errorFor(errors, `${path}.sources`)}
            />
            <div className="span-all">
              <Button variant="link" onClick={() => onChange(value.filter((_, i) => i !== index))}>
                {t('added.remove', { number: index + 1 })}
              </Button>
            </div>
          </fieldset>
        );
      })}
      <div>
        <Button onClick={() => onChange([...value, blank])}>{t('added.add')}</Button>
      </div>
    </fieldset>
  );
}
