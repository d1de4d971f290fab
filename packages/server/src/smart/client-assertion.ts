import { createLocalJWKSet, decodeJwt, errors, jwtVerify, type JSONWebKeySet } from 'jose';
import { assertionAlgorithms } from './client-jwks';
import { OAuthError } from './oauth-error';

/** The longest an assertion may live: SMART Backend Services caps `exp` at five minutes ahead. */
export const maxAssertionSeconds = 300;

export const clientAssertionType = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

/** The verified claims the token endpoint needs. */
export interface VerifiedAssertion {
  readonly clientId: string;
  readonly jti: string;
  /** When the assertion expires, seconds since the epoch: its jti is remembered until then. */
  readonly exp: number;
}

/** The client id an assertion claims to come from (`iss`), read before its signature is checked. */
export function claimedClientId(assertion: string): string {
  let iss: unknown;
  try {
    iss = decodeJwt(assertion).iss;
  } catch {
    throw new OAuthError('invalid_client', 'client_assertion is not a JWT.');
  }
  if (typeof iss !== 'string' || iss === '')
    throw new OAuthError('invalid_client', 'client_assertion has no iss.');
  return iss;
}

const refusals: readonly [new (...args: never[]) => Error, string][] = [
  [errors.JWTExpired, 'client_assertion has expired.'],
  [errors.JWSSignatureVerificationFailed, 'client_assertion is not signed by a key of this client.'],
  [errors.JWKSNoMatchingKey, 'client_assertion is not signed by a key of this client.'],
  [errors.JOSEAlgNotAllowed, 'client_assertion must be signed with RS384 or ES384.'],
];

/**
 * Verifies a client assertion (RFC 7523, SMART Backend Services): signed with RS384 or ES384 by a key
 * of the client's JWKS; `iss` and `sub` the client id; `aud` the token URL; `exp` in the future and at
 * most five minutes ahead; a `jti`. Whether the jti was used before is the caller's check.
 * @throws OAuthError invalid_client, saying which rule failed.
 */
export async function verifyClientAssertion(
  assertion: string,
  client: { id: string; jwks: JSONWebKeySet },
  tokenUrl: string,
  now: Date,
): Promise<VerifiedAssertion> {
  let payload;
  try {
    ({ payload } = await jwtVerify(assertion, createLocalJWKSet(client.jwks), {
      algorithms: [...assertionAlgorithms],
      issuer: client.id,
      subject: client.id,
      audience: tokenUrl,
      currentDate: now,
      requiredClaims: ['exp', 'jti'],
    }));
  } catch (error) {
    const known = refusals.find(([type]) => error instanceof type);
    if (known !== undefined) throw new OAuthError('invalid_client', known[1]);
    if (error instanceof errors.JWTClaimValidationFailed)
      throw new OAuthError('invalid_client', `client_assertion's ${error.claim} claim is not acceptable.`);
    if (error instanceof errors.JOSEError)
      throw new OAuthError('invalid_client', 'client_assertion cannot be verified.');
    throw error;
  }
  const { exp, jti } = payload;
  if (typeof exp !== 'number' || typeof jti !== 'string' || jti === '' || jti.length > 200)
    throw new OAuthError(
      'invalid_client',
      'client_assertion needs a numeric exp and a jti of at most 200 characters.',
    );
  if (exp > Math.floor(now.getTime() / 1000) + maxAssertionSeconds)
    throw new OAuthError('invalid_client', 'client_assertion expires more than five minutes from now.');
  return { clientId: client.id, jti, exp };
}
