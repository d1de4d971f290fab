import type { Analysis, CategoryId } from '@sotchart/engine';
import { SelectField } from '../../../ui/select-field';
import { TextAreaField } from '../../../ui/text-area-field';
import type { VisitDraft } from '../draft/visit-draft';

export interface TreatedCategoryProps {
  readonly analysis: Analysis;
  readonly treated: VisitDraft['treatedCategory'];
  readonly update: (change: (draft: VisitDraft) => VisitDraft) => void;
}

/**
 * The category the practitioner treats. By default the engine's; another one needs a reason, and the
 * engine's result is kept beside it.
 */
export function TreatedCategory({ analysis, treated, update }: TreatedCategoryProps) {
  const found = analysis.category;
  const asFound =
    found === 'I' || found === 'II' || found === 'III' ? `As analysed (Category ${found})` : 'As analysed';
  const set = (value: string) =>
    update((d) => ({
      ...d,
      treatedCategory:
        value === '' ? null : { category: value as CategoryId, reason: d.treatedCategory?.reason ?? '' },
    }));
  return (
    <div className="stack">
      <SelectField
        label="Treated category"
        value={treated?.category ?? ''}
        onChange={set}
        options={[
          { value: '', label: asFound },
          { value: 'I', label: 'Category I' },
          { value: 'II', label: 'Category II' },
          { value: 'III', label: 'Category III' },
        ]}
      />
      {treated === null ? null : (
        <TextAreaField
          label="Reason for treating this category"
          required
          value={treated.reason}
          rows={2}
          onChange={(reason) =>
            update((d) => ({
              ...d,
              treatedCategory: d.treatedCategory === null ? null : { ...d.treatedCategory, reason },
            }))
          }
          error={treated.reason.trim() === '' ? 'is needed before the choice is saved' : undefined}
        />
      )}
    </div>
  );
}
