import type { CoverageRank } from '@sotchart/contract';
import { useTranslation } from '../../i18n/translation';
import { errorFor, type FieldErrors } from '../../api/field-errors';
import { SelectField } from '../../ui/select-field';
import { TextAreaField } from '../../ui/text-area-field';
import { TextField } from '../../ui/text-field';
import {
  coverageLabel,
  coveragePath,
  coverageRanks,
  coverageTitle,
  type CoverageDraft,
  type CoverageDrafts,
} from './coverage-draft';

export interface CoverageFieldsProps {
  readonly drafts: CoverageDrafts;
  readonly onChange: (drafts: CoverageDrafts) => void;
  readonly errors: FieldErrors;
}

/** The id of a coverage field's control, for the labels and the error summary's links. */
export const coverageFieldId = (rank: CoverageRank, key: keyof CoverageDraft): string =>
  `coverage-${rank}-${key}`;

/**
 * The patient's insurance, primary and secondary, as the claim form needs it. A coverage left blank
 * (no payer, insured's id or name) is not sent; the server checks the rest and names any field it refuses.
 */
export function CoverageFields({ drafts, onChange, errors }: CoverageFieldsProps) {
  const { t } = useTranslation(['patients', 'common']);
  // US plan names (Medicare, TRICARE…) are the payers' own names, kept in every language.
  const insuranceTypes = [
    { value: 'group', label: t('coverage.type.group') },
    { value: 'medicare', label: t('coverage.type.medicare') },
    { value: 'medicaid', label: t('coverage.type.medicaid') },
    { value: 'tricare', label: t('coverage.type.tricare') },
    { value: 'champva', label: t('coverage.type.champva') },
    { value: 'feca', label: t('coverage.type.feca') },
    { value: 'other', label: t('coverage.type.other') },
  ];
  const relationships = [
    { value: 'self', label: t('coverage.relationship.self') },
    { value: 'spouse', label: t('coverage.relationship.spouse') },
    { value: 'child', label: t('coverage.relationship.child') },
    { value: 'other', label: t('coverage.relationship.other') },
  ];
  const sexes = [
    { value: '', label: t('coverage.sex.notGiven') },
    { value: 'female', label: t('sex.female', { ns: 'common' }) },
    { value: 'male', label: t('sex.male', { ns: 'common' }) },
  ];
  return (
    <>
      {coverageRanks.map((rank) => {
        const draft = drafts[rank];
        const props = (key: keyof CoverageDraft) => {
          const path = coveragePath(drafts, rank, key);
          return {
            id: coverageFieldId(rank, key),
            label: coverageLabel(key),
            value: draft[key],
            onChange: (value: string) => onChange({ ...drafts, [rank]: { ...draft, [key]: value } }),
            error: path === undefined ? undefined : errorFor(errors, path),
          };
        };
        return (
          <fieldset className="form-grid" key={rank}>
            <legend>{coverageTitle(rank)}</legend>
            <TextField {...props('payerName')} autoComplete="off" />
            <SelectField {...props('insuranceType')} options={insuranceTypes} />
            <TextField {...props('payerId')} autoComplete="off" />
            <TextField {...props('insuredId')} autoComplete="off" />
            <TextField {...props('insuredName')} autoComplete="off" />
            <SelectField {...props('relationship')} options={relationships} />
            <TextField {...props('groupNumber')} autoComplete="off" />
            <TextField {...props('insuredDateOfBirth')} type="date" />
            <SelectField {...props('insuredSex')} options={sexes} />
            <TextAreaField {...props('insuredAddress')} rows={2} hint={t('coverage.insuredAddressHint')} />
          </fieldset>
        );
      })}
    </>
  );
}
