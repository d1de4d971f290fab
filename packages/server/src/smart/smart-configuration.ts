import { searchableTypes } from '../fhir-api/fhir-search';
import { assertionAlgorithms } from './client-jwks';

/** The FHIR base path of the API, below the server's public address. */
export const fhirBasePath = '/fhir/R4';
export const tokenPath = `${fhirBasePath}/auth/token`;

/**
 * The scopes a client may ask for: read of every type or of one type the API serves, in SMART v1
 * (`.read`) and v2 (`.rs`) spellings (`.r` and `.s` alone are accepted too).
 */
export const scopesSupported = ['*', ...searchableTypes, 'Group'].flatMap((type) => [
  `system/${type}.read`,
  `system/${type}.rs`,
]);

/**
 * The SMART configuration document (SMART App Launch 2.x, §Conformance): only Backend Services with an
 * asymmetric client assertion, read scopes in both SMART v1 and v2 forms.
 */
export function smartConfiguration(baseUrl: string) {
  return {
    issuer: `${baseUrl}${fhirBasePath}`,
    token_endpoint: `${baseUrl}${tokenPath}`,
    token_endpoint_auth_methods_supported: ['private_key_jwt'],
    token_endpoint_auth_signing_alg_values_supported: [...assertionAlgorithms],
    grant_types_supported: ['client_credentials'],
    scopes_supported: scopesSupported,
    capabilities: ['client-confidential-asymmetric', 'permission-v1', 'permission-v2'],
  };
}
