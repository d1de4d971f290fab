import type { Profile } from '@sotchart/contract';
import { errorFor, type FieldErrors } from '../../api/field-errors';
import { TextField } from '../../ui/text-field';

export interface ProfileDraft {
  readonly nameAsSigned: string;
  readonly degree: string;
  readonly licenceNumber: string;
  readonly licenceState: string;
  readonly npi: string;
}

export const emptyProfileDraft: ProfileDraft = {
  nameAsSigned: '',
  degree: '',
  licenceNumber: '',
  licenceState: '',
  npi: '',
};

export function profileDraftOf(profile: Profile): ProfileDraft {
  return { ...profile, npi: profile.npi ?? '' };
}

/** The request body of a profile draft: a blank NPI is none. */
export function profileBodyOf(draft: ProfileDraft): Profile {
  return { ...draft, npi: draft.npi.trim() === '' ? null : draft.npi.trim() };
}

export const profileFieldLabels: readonly { readonly key: keyof ProfileDraft; readonly label: string }[] = [
  { key: 'nameAsSigned', label: 'Name as signed' },
  { key: 'degree', label: 'Degree' },
  { key: 'licenceNumber', label: 'Licence number' },
  { key: 'licenceState', label: 'Licence state' },
  { key: 'npi', label: 'NPI' },
];

/** A practitioner's profile, as it appears on signatures and documents. Errors come under `profile.*`. */
export function ProfileFields({
  draft,
  onChange,
  errors,
  idPrefix,
}: {
  readonly draft: ProfileDraft;
  readonly onChange: (draft: ProfileDraft) => void;
  readonly errors: FieldErrors;
  readonly idPrefix: string;
}) {
  return (
    <fieldset className="form-grid">
      <legend>Practitioner profile (on signatures and documents)</legend>
      {profileFieldLabels.map(({ key, label }) => (
        <TextField
          key={key}
          id={`${idPrefix}-${key}`}
          label={label}
          value={draft[key]}
          onChange={(value) => onChange({ ...draft, [key]: value })}
          error={errorFor(errors, `profile.${key}`)}
          autoComplete="off"
          {...(key === 'npi' ? { hint: 'Optional. 10 digits.', inputMode: 'numeric' as const } : {})}
        />
      ))}
    </fieldset>
  );
}
