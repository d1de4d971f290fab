import { newSessionToken, tokenHash } from '../auth/session-token';
import { backendClientRepository } from '../db/repositories/backend-client.repository';
import { backendTokenRepository, type BackendGrant } from '../db/repositories/backend-token.repository';
import { claimedClientId, clientAssertionType, verifyClientAssertion } from '../smart/client-assertion';
import { OAuthError } from '../smart/oauth-error';
import { grantScopes } from '../smart/smart-scopes';
import type { ServiceDeps } from './service-deps';

/** How long an access token lives: SMART Backend Services allows at most five minutes. */
export const accessTokenSeconds = 300;

/** The answer of a successful token request (RFC 6749 §5.1). */
export interface TokenAnswer {
  readonly access_token: string;
  readonly token_type: 'bearer';
  readonly expires_in: number;
  readonly scope: string;
}

/** Where the request came from, for the audit row. */
export interface TokenRequestOrigin {
  readonly tokenUrl: string;
  readonly requestId: string;
  readonly ip: string;
}

function field(form: Record<string, unknown>, name: string): string {
  const value = form[name];
  if (typeof value !== 'string' || value === '')
    throw new OAuthError('invalid_request', `${name} is required.`);
  return value;
}

/**
 * The `client_credentials` grant with a signed JWT assertion (SMART Backend Services): verifies the
 * assertion against the client's registered keys, refuses a jti used before, grants the requested
 * scopes the owner allowed, and issues an opaque token of five minutes (only its hash is stored).
 * @throws OAuthError with the RFC 6749 code of the first problem found.
 */
async function issue(
  deps: ServiceDeps,
  form: Record<string, unknown>,
  origin: TokenRequestOrigin,
): Promise<TokenAnswer> {
  const grantType = field(form, 'grant_type');
  if (grantType !== 'client_credentials')
    throw new OAuthError('unsupported_grant_type', 'Only grant_type=client_credentials is supported.');
  if (field(form, 'client_assertion_type') !== clientAssertionType)
    throw new OAuthError('invalid_request', `client_assertion_type must be ${clientAssertionType}.`);
  const assertion = field(form, 'client_assertion');
  const requested = field(form, 'scope')
    .split(' ')
    .filter((s) => s !== '');

  const client = await backendClientRepository.findActiveKeys(deps.db, claimedClientId(assertion));
  if (client === undefined) throw new OAuthError('invalid_client', 'Unknown or revoked client.');
  const now = deps.clock();
  const verified = await verifyClientAssertion(assertion, client, origin.tokenUrl, now);
  await backendTokenRepository.purgeExpired(deps.db, now.toISOString());
  const expiresAt = new Date(verified.exp * 1000).toISOString();
  if (!(await backendTokenRepository.rememberAssertion(deps.db, client.id, verified.jti, expiresAt)))
    throw new OAuthError('invalid_client', 'This client_assertion jti has been used before.');

  const scopes = grantScopes(requested, client.scopes);
  if (scopes.length === 0)
    throw new OAuthError('invalid_scope', 'None of the requested scopes is allowed for this client.');
  const token = newSessionToken();
  const grant: BackendGrant = { clientId: client.id, clinicId: client.clinicId, scopes };
  const tokenExpiry = new Date(now.getTime() + accessTokenSeconds * 1000).toISOString();
  await backendTokenRepository.insertToken(deps.db, tokenHash(token), grant, tokenExpiry);
  await deps.audit.record({
    clinicId: client.clinicId,
    actorId: client.id,
    action: 'login',
    entityType: 'backend_client',
    entityIds: [client.id],
    patientId: null,
    requestId: origin.requestId,
    ip: origin.ip,
  });
  return {
    access_token: token,
    token_type: 'bearer',
    expires_in: accessTokenSeconds,
    scope: scopes.join(' '),
  };
}

/** What a Bearer token on a FHIR request stands for, or undefined when it is unknown, expired or revoked. */
async function resolve(deps: ServiceDeps, token: string): Promise<BackendGrant | undefined> {
  return backendTokenRepository.findLiveToken(deps.db, tokenHash(token), deps.clock().toISOString());
}

export const backendTokenService = { issue, resolve };
