import type { CategoryId, ProtocolPack } from '@sotchart/engine';
import { errorFor, type FieldErrors } from '../../api/field-errors';
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
  const set = (index: number, patch: Partial<AddedIndicatorDraft>) =>
    onChange(value.map((d, i) => (i === index ? { ...d, ...patch } : d)));
  return (
    <fieldset className="stack" id="protocol-added" tabIndex={-1}>
      <legend>Indicators added by this clinic</legend>
      {value.length === 0 ? <p className="muted">None.</p> : null}
      {value.map((draft, index) => {
        const path = `addIndicators.${index}`;
        const id = `added-${index}`;
        return (
          <fieldset key={index} className="form-grid nested">
            <legend>Added indicator {index + 1}</legend>
            <TextField
              id={`${id}-name`}
              label="Name"
              value={draft.name}
              onChange={(name) => set(index, { name })}
              error={errorFor(errors, `${path}.name`)}
            />
            <TextField
              id={`${id}-id`}
              label="Short id"
              hint="Lower-case letters, digits and _, e.g. psoas_test."
              value={draft.id}
              onChange={(v) => set(index, { id: v })}
              error={errorFor(errors, `${path}.id`)}
              spellCheck={false}
              autoComplete="off"
            />
            <TextField
              id={`${id}-description`}
              label="What is examined"
              value={draft.description}
              onChange={(description) => set(index, { description })}
              error={errorFor(errors, `${path}.description`)}
            />
            <SelectField
              id={`${id}-result`}
              label="Result entered"
              value={draft.result}
              options={addableResultShapes}
              onChange={(v) => set(index, { result: v as AddedIndicatorDraft['result'] })}
              error={errorFor(errors, `${path}.result`)}
            />
            <SelectField
              id={`${id}-category`}
              label="Counts toward"
              value={draft.category}
              options={[
                { value: '', label: 'No category (recorded only)' },
                { value: 'I', label: 'Category I' },
                { value: 'II', label: 'Category II' },
                { value: 'III', label: 'Category III' },
              ]}
              onChange={(v) => set(index, { category: v as '' | CategoryId })}
              error={errorFor(errors, `${path}.category`)}
            />
            {draft.category === '' ? null : (
              <SelectField
                id={`${id}-role`}
                label="Role"
                value={draft.role}
                options={[
                  { value: 'S', label: 'Supporting' },
                  { value: 'P', label: 'Primary' },
                ]}
                onChange={(v) => set(index, { role: v as 'P' | 'S' })}
                error={errorFor(errors, `${path}.role`)}
              />
            )}
            <SelectField
              id={`${id}-source`}
              label="Source"
              value={draft.source}
              options={[
                { value: '', label: 'Choose a source' },
                ...base.sources.map((s) => ({ value: s.id, label: s.title })),
              ]}
              onChange={(source) => set(index, { source })}
              error={errorFor(errors, `${path}.sources`)}
            />
            <div className="span-all">
              <Button variant="link" onClick={() => onChange(value.filter((_, i) => i !== index))}>
                Remove added indicator {index + 1}
              </Button>
            </div>
          </fieldset>
        );
      })}
      <div>
        <Button onClick={() => onChange([...value, blank])}>Add an indicator</Button>
      </div>
    </fieldset>
  );
}
