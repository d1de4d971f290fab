import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import {
  apiClient,
  dialects,
  freshDatabase,
  patientInput,
  signIn,
  testAppOptions,
  type SignedInUser,
  type TestDatabase,
} from '@sotchart/test-support';
import { buildApp } from '../../app';
import { bulkExportJobRepository } from '../../db/repositories/bulk-export-job.repository';
import { chartPatient } from '../../interop/interop-fixtures';
import { fhirSchemaErrors } from '../../interop/fhir/fhir-schema-validator';
import { registerTestClient } from '../../smart/smart-test-client';
import { groupIdOf } from '../clinic-resources';

interface Manifest {
  transactionTime: string;
  request: string;
  requiresAccessToken: boolean;
  output: { type: string; url: string; count: number }[];
  error: unknown[];
}

const kickOffHeaders = { accept: 'application/fhir+json', prefer: 'respond-async' };

for (const dialect of dialects) {
  describe(`FHIR Bulk Data export on ${dialect}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let owner: SignedInUser;
    let token: string;
    let bulkDir: string;

    const call = async (method: 'GET' | 'DELETE', url: string, headers: Record<string, string> = {}) => {
      const res = await app.inject({
        method,
        url,
        headers: { authorization: `Bearer ${token}`, ...headers },
      });
      return res;
    };
    /** Kicks off, then polls the status URL until it stops answering 202; answers the manifest. */
    const exportAll = async (url: string): Promise<{ manifest: Manifest; statusPath: string }> => {
      const kick = await call('GET', url, kickOffHeaders);
      assert.equal(kick.statusCode, 202, kick.body);
      const statusUrl = String(kick.headers['content-location']);
      assert.match(statusUrl, /^http:\/\/localhost:3000\/fhir\/R4\/bulk-status\//);
      const statusPath = new URL(statusUrl).pathname;
      for (let i = 0; i < 200; i++) {
        const poll = await call('GET', statusPath);
        if (poll.statusCode === 202) {
          assert.match(String(poll.headers['x-progress']), /of \d+ patients$/);
          assert.equal(poll.headers['retry-after'], '2');
          await sleep(20);
          continue;
        }
        assert.equal(poll.statusCode, 200, poll.body);
        assert.ok(poll.headers.expires !== undefined);
        return { manifest: poll.json<Manifest>(), statusPath };
      }
      throw new Error('the export never finished');
    };
    /** Downloads every output file and checks its lines against the manifest and the FHIR R4 JSON schema. */
    const downloadAll = async (manifest: Manifest) => {
      const byType = new Map<string, number>();
      for (const output of manifest.output) {
        const res = await call('GET', new URL(output.url).pathname);
        assert.equal(res.statusCode, 200);
        assert.match(String(res.headers['content-type']), /^application\/fhir\+ndjson/);
        const lines = res.body.split('\n').filter((l) => l !== '');
        assert.equal(lines.length, output.count, `${output.type} lines`);
        for (const line of lines) {
          const resource = JSON.parse(line) as { resourceType: string; id?: string };
          assert.equal(resource.resourceType, output.type);
          assert.ok(resource.id !== undefined);
          assert.deepEqual(
            fhirSchemaErrors(resource),
            [],
            `${output.type}/${resource.id} fits the R4 schema`,
          );
        }
        byType.set(output.type, lines.length);
      }
      return byType;
    };

    before(async () => {
      database = await freshDatabase(dialect);
      bulkDir = join(database.dataDir, 'bulk');
      app = await buildApp(testAppOptions(database.handle, { bulkExportDir: bulkDir }));
      owner = await signIn(app, { role: 'owner' });
      const api = apiClient(app, owner.headers);
      await chartPatient(api, patientInput({ chartNumber: 'B-1' }));
      await chartPatient(api, patientInput({ chartNumber: 'B-2', givenName: 'Grace' }));
      await api('POST', '/api/patients', patientInput({ chartNumber: 'B-3', givenName: 'Alan' }));
      const client = await registerTestClient(app, owner.headers, { scopes: ['system/*.read'] });
      token = await client.token('system/*.read');
    });
    after(async () => {
      await app.close();
      await database.drop();
    });

    test('exports the whole system: kick-off, poll, download, counts match the manifest', async () => {
      const { manifest } = await exportAll('/fhir/R4/$export');
      assert.equal(manifest.requiresAccessToken, true);
      assert.deepEqual(manifest.error, []);
      assert.equal(manifest.request, 'http://localhost:3000/fhir/R4/$export');
      assert.ok(!Number.isNaN(Date.parse(manifest.transactionTime)));
      const counts = await downloadAll(manifest);
      assert.equal(counts.get('Patient'), 3);
      assert.equal(counts.get('Organization'), 1);
      assert.equal(counts.get('Encounter'), 4, 'two visits (signed and draft) of each charted patient');
      assert.ok((counts.get('Observation') ?? 0) > 0);
    });

    test("exports the clinic's Group and the Patient level, narrowed by _type", async () => {
      for (const url of [
        `/fhir/R4/Group/${groupIdOf(owner.clinicId)}/$export?_type=Patient,Condition`,
        '/fhir/R4/Patient/$export?_type=Patient&_type=Condition',
      ]) {
        const { manifest } = await exportAll(url);
        assert.deepEqual(manifest.output.map((o) => o.type).sort(), ['Condition', 'Patient']);
        assert.equal((await downloadAll(manifest)).get('Patient'), 3);
      }
    });

    test('exports only records changed since _since', async () => {
      const { manifest } = await exportAll(
        `/fhir/R4/$export?_type=Patient&_since=${encodeURIComponent('2999-01-01T00:00:00Z')}`,
      );
      assert.deepEqual(manifest.output, []);
    });

    test('cancels a job with DELETE and removes its files', async () => {
      const { manifest, statusPath } = await exportAll('/fhir/R4/Patient/$export?_type=Patient');
      const jobId = statusPath.split('/').at(-1) ?? '';
      assert.ok(existsSync(join(bulkDir, jobId)));
      assert.equal((await call('DELETE', statusPath)).statusCode, 202);
      assert.equal(existsSync(join(bulkDir, jobId)), false);
      assert.equal((await call('GET', statusPath)).statusCode, 404);
      assert.equal((await call('GET', new URL(manifest.output[0]?.url ?? '').pathname)).statusCode, 404);
    });

    test('refuses a kick-off without Prefer: respond-async or with an unknown parameter', async () => {
      const noPrefer = await call('GET', '/fhir/R4/$export', { accept: 'application/fhir+json' });
      assert.equal(noPrefer.statusCode, 400);
      assert.equal(noPrefer.json<{ resourceType: string }>().resourceType, 'OperationOutcome');
      assert.equal((await call('GET', '/fhir/R4/$export?_elements=id', kickOffHeaders)).statusCode, 400);
      assert.equal((await call('GET', '/fhir/R4/$export?_since=yesterday', kickOffHeaders)).statusCode, 400);
      assert.equal(
        (await call('GET', `/fhir/R4/Group/${groupIdOf('x')}/$export`, kickOffHeaders)).statusCode,
        404,
      );
    });

    test("refuses _type a token's scopes do not cover, and exports only covered types without _type", async () => {
      const narrowClient = await registerTestClient(app, owner.headers, { scopes: ['system/Patient.read'] });
      const narrow = await narrowClient.token('system/Patient.read');
      const refused = await app.inject({
        method: 'GET',
        url: '/fhir/R4/$export?_type=Observation',
        headers: { ...kickOffHeaders, authorization: `Bearer ${narrow}` },
      });
      assert.equal(refused.statusCode, 403);
      const saved = token;
      token = narrow;
      try {
        const { manifest } = await exportAll('/fhir/R4/$export');
        assert.deepEqual(
          manifest.output.map((o) => o.type),
          ['Patient'],
        );
      } finally {
        token = saved;
      }
    });

    test("keeps a job to its requester: the owner's session cannot poll a client's job", async () => {
      const kick = await call('GET', '/fhir/R4/Patient/$export?_type=Patient', kickOffHeaders);
      const statusPath = new URL(String(kick.headers['content-location'])).pathname;
      const bySession = await app.inject({ method: 'GET', url: statusPath, headers: owner.headers });
      assert.equal(bySession.statusCode, 404);
      // Cancelled at once, most likely while still running: the job and its folder are gone either way.
      assert.equal((await call('DELETE', statusPath)).statusCode, 202);
      assert.equal((await call('GET', statusPath)).statusCode, 404);
      assert.equal(existsSync(join(bulkDir, statusPath.split('/').at(-1) ?? '')), false);
    });

    test('reports a job that stopped writing progress (its server stopped) as failed, then sweeps it', async () => {
      const id = randomUUID();
      await bulkExportJobRepository.insert(app.auth.db, {
        id,
        clinicId: owner.clinicId,
        actorId: owner.userId,
        requestUrl: 'http://localhost:3000/fhir/R4/$export',
        types: [],
        since: null,
        transactionTime: '2026-01-05T10:00:00.000Z',
      });
      const status = await app.inject({
        method: 'GET',
        url: `/fhir/R4/bulk-status/${id}`,
        headers: owner.headers,
      });
      assert.equal(status.statusCode, 500);
      assert.equal(status.json<{ resourceType: string }>().resourceType, 'OperationOutcome');
      const kick = await call('GET', '/fhir/R4/Patient/$export?_type=Patient', kickOffHeaders);
      assert.equal(kick.statusCode, 202);
      const swept = await app.inject({
        method: 'GET',
        url: `/fhir/R4/bulk-status/${id}`,
        headers: owner.headers,
      });
      assert.equal(swept.statusCode, 404);
      await call('DELETE', new URL(String(kick.headers['content-location'])).pathname);
    });

    test("leaves a whole clinic's export to its owner among signed-in users", async () => {
      const practitioner = await signIn(app, { role: 'practitioner', clinicId: owner.clinicId });
      const res = await app.inject({
        method: 'GET',
        url: '/fhir/R4/$export',
        headers: { ...practitioner.headers, ...kickOffHeaders },
      });
      assert.equal(res.statusCode, 403);
      const bySession = await app.inject({
        method: 'GET',
        url: '/fhir/R4/$export?_type=Patient',
        headers: { ...owner.headers, ...kickOffHeaders },
      });
      assert.equal(bySession.statusCode, 202);
      const statusPath = new URL(String(bySession.headers['content-location'])).pathname;
      const cancel = await app.inject({ method: 'DELETE', url: statusPath, headers: owner.headers });
      assert.equal(cancel.statusCode, 202);
    });
  });
}
