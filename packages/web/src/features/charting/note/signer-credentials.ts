import type { Profile } from '@sotchart/contract';

/** The name a note is signed with: the profile's name as signed, else the display name. */
export function signedName(user: { readonly displayName: string; readonly profile: Profile }): string {
  const name = user.profile.nameAsSigned.trim();
  return name === '' ? user.displayName : name;
}

/** The signer's credentials in one line, e.g. "DC · Licence 12345 (CA) · NPI 1234567893"; '' when none. */
export function credentialsLine(profile: Profile): string {
  const licence = profile.licenceNumber.trim();
  const state = profile.licenceState.trim();
  return [
    profile.degree.trim(),
    licence === '' ? '' : `Licence ${licence}${state === '' ? '' : ` (${state})`}`,
    profile.npi === null || profile.npi.trim() === '' ? '' : `NPI ${profile.npi.trim()}`,
  ]
    .filter((part) => part !== '')
    .join(' · ');
}
