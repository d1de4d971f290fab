import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { OperationOutcome } from '@medplum/fhirtypes';
import type { FastifyInstance } from 'fastify';
import { exportJWK, generateKeyPair } from 'jose';
import {
  apiClient,
  createPatient,
  dialects,
  freshDatabase,
  signIn,
  testAppOptions,
  type SignedInUser,
  type TestDatabase,
} from '@sotchart/test-support';
import { buildApp } from '../app';
import { chartPatient } from '../interop/interop-fixtures';
import {
  postTokenRequest,
  registerTestClient,
  testTokenUrl,
  type TestBackendClient,
} from './smart-test-client';

for (const dialect of dialects) {
  describe(`SMART Backend Services on ${dialect}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let owner: SignedInUser;
    let patientId: string;
    let client: TestBackendClient;

    const fhirGet = async (url: string, token: string) => {
      const res = await app.inject({
        method: 'GET',
        url,
        headers: { authorization: `Bearer ${token}`, accept: 'application/fhir+json' },
      });
      return { status: res.statusCode, body: res.json<Record<string, unknown>>() };
    };

    before(async () => {
      database = await freshDatabase(dialect);
      app = await buildApp(
        testAppOptions(database.handle, { bulkExportDir: join(database.dataDir, 'bulk') }),
      );
      owner = await signIn(app, { role: 'owner' });
      patientId = (
        await chartPatient(apiClient(app, owner.headers), {
          chartNumber: 'S-1',
          givenName: 'Ada',
          familyName: 'Lovelace',
          dateOfBirth: '1980-12-10',
          sex: 'female',
        })
      ).patientId;
      client = await registerTestClient(app, owner.headers, { scopes: ['system/*.read'] });
    });
    after(async () => {
      await app.close();
      await database.drop();
    });

    test('publishes the SMART configuration of backend services', async () => {
      for (const url of ['/.well-known/smart-configuration', '/fhir/R4/.well-known/smart-configuration']) {
        const res = await app.inject({ method: 'GET', url });
        assert.equal(res.statusCode, 200);
        const body = res.json<Record<string, unknown>>();
        assert.equal(body.token_endpoint, testTokenUrl);
        assert.deepEqual(body.token_endpoint_auth_methods_supported, ['private_key_jwt']);
        assert.deepEqual(body.token_endpoint_auth_signing_alg_values_supported, ['RS384', 'ES384']);
        assert.deepEqual(body.grant_types_supported, ['client_credentials']);
        assert.deepEqual(body.capabilities, [
          'client-confidential-asymmetric',
          'permission-v1',
          'permission-v2',
        ]);
      }
    });

    test('gives a token of at most five minutes for a good assertion, and the token reads', async () => {
      const answer = await client.requestToken('system/*.read');
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
      assert.equal(answer.body.token_type, 'bearer');
      assert.equal(answer.body.expires_in, 300);
      assert.equal(answer.body.scope, 'system/*.read');
      const read = await fhirGet(`/fhir/R4/Patient/${patientId}`, String(answer.body.access_token));
      assert.equal(read.status, 200);
      assert.equal(read.body.id, patientId);
      const rows = await app.auth.db
        .selectFrom('audit_log')
        .select(['actor_id', 'action'])
        .where('patient_id', '=', patientId)
        .where('entity_type', '=', 'fhir_Patient')
        .execute();
      assert.ok(
        rows.some((r) => r.actor_id === client.clientId && r.action === 'read'),
        'the client is the actor',
      );
    });

    test('takes an ES384 client as well', async () => {
      const es = await registerTestClient(app, owner.headers, {
        scopes: ['system/Patient.rs'],
        alg: 'ES384',
      });
      assert.equal((await es.requestToken('system/Patient.rs')).status, 200);
    });

    const refusals: { name: string; assertion: (c: TestBackendClient) => Promise<string> }[] = [
      { name: 'an expired assertion', assertion: (c) => c.assertion({ expiresIn: -60 }) },
      {
        name: 'an assertion expiring more than five minutes ahead',
        assertion: (c) => c.assertion({ expiresIn: 600 }),
      },
      {
        name: 'an assertion for another audience',
        assertion: (c) => c.assertion({ audience: 'https://elsewhere.example/token' }),
      },
      {
        name: 'an assertion signed with another key',
        assertion: async (c) => c.assertion({ signingKey: (await generateKeyPair('RS384')).privateKey }),
      },
    ];
    for (const refusal of refusals) {
      test(`refuses ${refusal.name} as invalid_client (RFC 6749 §5.2)`, async () => {
        const answer = await client.requestToken('system/*.read', await refusal.assertion(client));
        assert.equal(answer.status, 401);
        assert.equal(answer.body.error, 'invalid_client');
      });
    }

    test('refuses an assertion whose jti was used before', async () => {
      const assertion = await client.assertion({ jti: 'once-only' });
      assert.equal((await client.requestToken('system/*.read', assertion)).status, 200);
      const again = await client.requestToken('system/*.read', await client.assertion({ jti: 'once-only' }));
      assert.equal(again.status, 401);
      assert.equal(again.body.error, 'invalid_client');
    });

    test('refuses scopes the client was not allowed, and malformed requests', async () => {
      const narrow = await registerTestClient(app, owner.headers, { scopes: ['system/Patient.read'] });
      const scope = await narrow.requestToken('system/Observation.read');
      assert.equal(scope.status, 400);
      assert.equal(scope.body.error, 'invalid_scope');
      const grant = await postTokenRequest(app, { grant_type: 'password', scope: 'system/*.read' });
      assert.equal(grant.status, 400);
      assert.equal(grant.body.error, 'unsupported_grant_type');
      const missing = await postTokenRequest(app, {
        grant_type: 'client_credentials',
        scope: 'system/*.read',
      });
      assert.equal(missing.status, 400);
      assert.equal(missing.body.error, 'invalid_request');
    });

    test('a system/Patient.read token reads Patients but not Observations', async () => {
      const narrow = await registerTestClient(app, owner.headers, { scopes: ['system/Patient.read'] });
      const token = await narrow.token('system/Patient.read');
      assert.equal((await fhirGet(`/fhir/R4/Patient/${patientId}`, token)).status, 200);
      const observations = await fhirGet(`/fhir/R4/Observation?patient=${patientId}`, token);
      assert.equal(observations.status, 403);
      assert.equal((observations.body as unknown as OperationOutcome).issue[0]?.code, 'forbidden');
    });

    test('a v2 system/Observation.rs token searches Observations only', async () => {
      const v2 = await registerTestClient(app, owner.headers, { scopes: ['system/*.rs'] });
      const token = await v2.token('system/Observation.rs');
      assert.equal((await fhirGet(`/fhir/R4/Observation?patient=${patientId}`, token)).status, 200);
      assert.equal((await fhirGet(`/fhir/R4/Patient/${patientId}`, token)).status, 403);
    });

    test("another clinic's client sees nothing of this clinic", async () => {
      const otherOwner = await signIn(app, { role: 'owner' });
      const foreignPatient = await createPatient(app, otherOwner.headers);
      const foreign = await registerTestClient(app, otherOwner.headers, { scopes: ['system/*.read'] });
      const token = await foreign.token('system/*.read');
      assert.equal((await fhirGet(`/fhir/R4/Patient/${patientId}`, token)).status, 404);
      const all = await fhirGet('/fhir/R4/Patient', token);
      assert.equal(all.body.total, 1);
      assert.equal((await fhirGet(`/fhir/R4/Patient/${foreignPatient}`, token)).status, 200);
    });

    test('refuses an unknown token and the tokens of a revoked client', async () => {
      assert.equal((await fhirGet('/fhir/R4/Patient', 'x'.repeat(43))).status, 401);
      const revoked = await registerTestClient(app, owner.headers, { scopes: ['system/*.read'] });
      const token = await revoked.token('system/*.read');
      const res = await app.inject({
        method: 'POST',
        url: `/api/backend-clients/${revoked.clientId}/revoke`,
        headers: owner.headers,
      });
      assert.equal(res.statusCode, 200);
      assert.ok(res.json<{ revokedAt: string | null }>().revokedAt !== null);
      assert.equal((await fhirGet('/fhir/R4/Patient', token)).status, 401);
      assert.equal((await revoked.requestToken('system/*.read')).body.error, 'invalid_client');
    });

    test('refuses a private key or an RS256-only key at registration, naming the key', async () => {
      const { privateKey, publicKey } = await generateKeyPair('RS384', { extractable: true });
      const res = await app.inject({
        method: 'POST',
        url: '/api/backend-clients',
        headers: { ...owner.headers, 'content-type': 'application/json' },
        payload: JSON.stringify({
          name: 'Leaky',
          jwks: { keys: [await exportJWK(privateKey), { ...(await exportJWK(publicKey)), alg: 'RS256' }] },
          scopes: ['system/*.read'],
        }),
      });
      assert.equal(res.statusCode, 400);
      assert.deepEqual(
        res.json<{ error: { details: { path: string }[] } }>().error.details.map((d) => d.path),
        ['jwks.keys.0', 'jwks.keys.1'],
      );
    });
  });
}
