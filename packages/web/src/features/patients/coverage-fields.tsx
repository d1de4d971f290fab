import type { CoverageRank } from '@sotchart/contract';
import { errorFor, type FieldErrors } from '../../api/field-errors';
import { SelectField } from '../../ui/select-field';
import { TextAreaField } from '../../ui/text-area-field';
import { TextField } from '../../ui/text-field';
import {
  coverageFields,
  coveragePath,
  coverageRanks,
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

const insuranceTypes = [
  { value: 'group', label: 'Group health plan' },
  { value: 'medicare', label: 'Medicare' },
  { value: 'medicaid', label: 'Medicaid' },
  { value: 'tricare', label: 'TRICARE' },
  { value: 'champva', label: 'CHAMPVA' },
  { value: 'feca', label: 'FECA black lung' },
  { value: 'other', label: 'Other' },
];
const relationships = [
  { value: 'self', label: 'Self' },
  { value: 'spouse', label: 'Spouse' },
  { value: 'child', label: 'Child' },
  { value: 'other', label: 'Other' },
];
const sexes = [
  { value: '', label: 'Not given' },
  { value: 'female', label: 'Female' },
  { value: 'male', label: 'Male' },
];

/**
 * The patient's insurance, primary and secondary, as the claim form needs it. A coverage left blank
 * (no payer, insured's id or name) is not sent; the server checks the rest and names any field it refuses.
 */
export function CoverageFields({ drafts, onChange, errors }: CoverageFieldsProps) {
  return (
    <>
      {coverageRanks.map((rank) => {
        const draft = drafts[rank];
        const props = (key: keyof CoverageDraft) => {
          const path = coveragePath(drafts, rank, key);
          return {
            id: coverageFieldId(rank, key),
            label: coverageFields.find((f) => f.key === key)?.label ?? key,
            value: draft[key],
            onChange: (value: string) => onChange({ ...drafts, [rank]: { ...draft, [key]: value } }),
            error: path === undefined ? undefined : errorFor(errors, path),
          };
        };
        return (
          <fieldset className="form-grid" key={rank}>
            <legend>{rank === 'primary' ? 'Primary insurance' : 'Secondary insurance'}</legend>
            <TextField {...props('payerName')} autoComplete="off" />
            <SelectField {...props('insuranceType')} options={insuranceTypes} />
            <TextField {...props('payerId')} autoComplete="off" />
            <TextField {...props('insuredId')} autoComplete="off" />
            <TextField {...props('insuredName')} autoComplete="off" />
            <SelectField {...props('relationship')} options={relationships} />
            <TextField {...props('groupNumber')} autoComplete="off" />
            <TextField {...props('insuredDateOfBirth')} type="date" />
            <SelectField {...props('insuredSex')} options={sexes} />
            <TextAreaField
              {...props('insuredAddress')}
              rows={2}
              hint="Leave blank when it is the patient's."
            />
          </fieldset>
        );
      })}
    </>
  );
}
