import type { CredentialParts } from './signer-credentials';

/** The signer's credentials in one line, e.g. "DC · Licence 12345 (CA) · NPI 1234567893". */
export function CredentialsLine({ parts }: { readonly parts: CredentialParts }) {
  return (
    <>
      {parts.degree === '' ? null : <span translate="no">{parts.degree}</span>}
      {parts.numbers.map((part, i) => (
        <span key={part}>
          {i === 0 && parts.degree === '' ? '' : ' · '}
          {part}
        </span>
      ))}
    </>
  );
}
