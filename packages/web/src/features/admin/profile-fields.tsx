import type { Profile } from '@sotchart/contract';
import { useTranslation } from '../../i18n/translation';
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

/** The profile's fields with the catalogue keys of their labels (`admin` namespace). */
export const profileFieldLabels = [
  { key: 'nameAsSigned', label: 'profile.nameAsSigned' },
  { key: 'degree', label: 'profile.degree' },
  { key: 'licenceNumber', label: 'profile.licenceNumber' },
  { key: 'licenceState', label: 'profile.licenceState' },
  { key: 'npi', label: 'profile.npi' },
] as const satisfies readonly { readonly key: keyof ProfileDraft; readonly label: string }[];

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
  const { t } = useTranslation('admin');
  return (
    <fieldset className="form-grid">
      <legend>{t('profile.legend')}</legend>
      {profileFieldLabels.map(({ key, label }) => (
        <TextField
          key={key}
          id={`${idPrefix}-${key}`}
          label={t(label)}
          value={draft[key]}
          onChange={(value) => onChange({ ...draft, [key]: value })}
          error={errorFor(errors, `profile.${key}`)}
          autoComplete="off"
          {...(key === 'npi' ? { hint: t('profile.npiHint'), inputMode: 'numeric' as const } : {})}
        />
      ))}
    </fieldset>
  );
}
