import type { Analysis, CategoryId } from '@sotchart/engine';
import { useTranslation } from '../../../i18n/translation';
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
  const { t } = useTranslation('charting');
  const found = analysis.category;
  const asFound =
    found === 'I' || found === 'II' || found === 'III'
      ? t('treated.asAnalysedCategory', { category: found })
      : t('treated.asAnalysed');
  const set = (value: string) =>
    update((d) => ({
      ...d,
      treatedCategory:
        value === '' ? null : { category: value as CategoryId, reason: d.treatedCategory?.reason ?? '' },
    }));
  return (
    <div className="stack">
      <SelectField
        label={t('treated.label')}
        value={treated?.category ?? ''}
        onChange={set}
        options={[
          { value: '', label: asFound },
          { value: 'I', label: t('treated.category', { category: 'I' }) },
          { value: 'II', label: t('treated.category', { category: 'II' }) },
          { value: 'III', label: t('treated.category', { category: 'III' }) },
        ]}
      />
      {treated === null ? null : (
        <TextAreaField
          label={t('treated.reason')}
          required
          value={treated.reason}
          rows={2}
          onChange={(reason) =>
            update((d) => ({
              ...d,
              treatedCategory: d.treatedCategory === null ? null : { ...d.treatedCategory, reason },
            }))
          }
          error={treated.reason.trim() === '' ? t('treated.reasonNeeded') : undefined}
        />
      )}
    </div>
  );
}
