import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { testPublicUrl } from '@sotchart/test-support';
import { tokenPath } from './smart-configuration';

/** The token URL of a test app (its PUBLIC_URL plus the token path): the `aud` of good assertions. */
export const testTokenUrl = `${testPublicUrl}${tokenPath}`;

type Alg = 'RS384' | 'ES384';

/** What an assertion may be made wrong with, for the refusal tests. */
export interface AssertionOptions {
  readonly audience?: string;
  readonly jti?: string;
  /** Seconds from now (negative: already expired). */
  readonly expiresIn?: number;
  /** Sign with another key than the registered one. */
  readonly signingKey?: CryptoKey;
}

/** A backend system registered through the owner's API, holding its private key as a real client would. */
export interface TestBackendClient {
  readonly clientId: string;
  readonly alg: Alg;
  assertion(options?: AssertionOptions): Promise<string>;
  /** Asks the token endpoint with a fresh good assertion; answers status and JSON body. */
  requestToken(scope: string, assertion?: string): Promise<{ status: number; body: Record<string, unknown> }>;
  /** A token for `scope`; throws unless the endpoint answers 200. */
  token(scope: string): Promise<string>;
}

/** Posts a form-encoded token request (RFC 6749 §4.4) to the test app. */
export async function postTokenRequest(app: FastifyInstance, form: Record<string, string>) {
  const res = await app.inject({
    method: 'POST',
    url: tokenPath,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams(form).toString(),
  });
  return { status: res.statusCode, body: res.json<Record<string, unknown>>() };
}

/**
 * Generates a key pair with `jose`, registers its public half through `POST /api/backend-clients` as
 * the given owner, and returns a client that signs assertions with the private half.
 */
export async function registerTestClient(
  app: FastifyInstance,
  ownerHeaders: Record<string, string>,
  options: { scopes: readonly string[]; alg?: Alg; name?: string },
): Promise<TestBackendClient> {
  const alg = options.alg ?? 'RS384';
  const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true });
  const kid = randomUUID();
  const jwk = { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' };
  const res = await app.inject({
    method: 'POST',
    url: '/api/backend-clients',
    headers: { ...ownerHeaders, 'content-type': 'application/json' },
    payload: JSON.stringify({
      name: options.name ?? 'Test warehouse',
      jwks: { keys: [jwk] },
      scopes: options.scopes,
    }),
  });
  if (res.statusCode !== 201) throw new Error(`registering a client answered ${res.statusCode}: ${res.body}`);
  const clientId = res.json<{ id: string }>().id;
  const assertion = (o: AssertionOptions = {}) =>
    new SignJWT({})
      .setProtectedHeader({ alg, kid, typ: 'JWT' })
      .setIssuer(clientId)
      .setSubject(clientId)
      .setAudience(o.audience ?? testTokenUrl)
      .setJti(o.jti ?? randomUUID())
      .setIssuedAt()
      .setExpirationTime(Math.floor(Date.now() / 1000) + (o.expiresIn ?? 240))
      .sign(o.signingKey ?? privateKey);
  const requestToken = async (scope: string, signed?: string) =>
    postTokenRequest(app, {
      grant_type: 'client_credentials',
      scope,
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: signed ?? (await assertion()),
    });
  return {
    clientId,
    alg,
    assertion,
    requestToken,
    async token(scope) {
      const answer = await requestToken(scope);
      if (answer.status !== 200)
        throw new Error(`token request answered ${answer.status}: ${JSON.stringify(answer.body)}`);
      return String(answer.body.access_token);
    },
  };
}
