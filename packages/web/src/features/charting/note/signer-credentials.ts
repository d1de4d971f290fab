import type { Profile } from '@sotchart/contract';
import type { TFunction } from '@sotchart/i18n';

/** The name a note is signed with: the profile's name as signed, else the display name. */
export function signedName(user: { readonly displayName: string; readonly profile: Profile }): string {
  const name = user.profile.nameAsSigned.trim();
  return name === '' ? user.displayName : name;
}

/** The signer's credentials, each a part of one line: the degree as written, the licence, the NPI. */
export interface CredentialParts {
  /** The degree as the profile writes it (user data, e.g. "DC"); '' when none. */
  readonly degree: string;
  /** The licence and NPI in words, e.g. "Licence 12345 (CA)", "NPI 1234567893". */
  readonly numbers: readonly string[];
}

/** The signer's credentials, e.g. "DC", "Licence 12345 (CA)", "NPI 1234567893"; null when none. */
export function credentialParts(profile: Profile, t: TFunction<'chartingNote'>): CredentialParts | null {
  const degree = profile.degree.trim();
  const licence = profile.licenceNumber.trim();
  const state = profile.licenceState.trim();
  const npi = profile.npi?.trim() ?? '';
  const numbers = [
    licence === ''
      ? ''
      : state === ''
        ? t('credentials.licence', { licence })
        : t('credentials.licenceInState', { licence, state }),
    npi === '' ? '' : t('credentials.npi', { npi }),
  ].filter((part) => part !== '');
  return degree === '' && numbers.length === 0 ? null : { degree, numbers };
}
