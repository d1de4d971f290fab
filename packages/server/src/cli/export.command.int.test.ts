import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import {
  apiClient,
  dialects,
  freshDatabase,
  patientInput,
  runCli,
  signIn,
  testAppOptions,
  type SignedInUser,
  type TestDatabase,
} from '@sotchart/test-support';
import { buildApp } from '../app';
import { chartPatient, type ChartedPatient } from '../interop/interop-fixtures';

for (const dialect of dialects) {
  describe(`sotchart export on ${dialect}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let owner: SignedInUser;
    let charted: ChartedPatient;
    let env: Record<string, string>;

    before(async () => {
      database = await freshDatabase(dialect);
      app = await buildApp(testAppOptions(database.handle));
      owner = await signIn(app, { role: 'owner' });
      charted = await chartPatient(apiClient(app, owner.headers), patientInput());
      env =
        dialect === 'sqlite'
          ? { DATA_DIR: database.dataDir, DATABASE_URL: '' }
          : { DATABASE_URL: database.location };
    });
    after(async () => {
      await app.close();
      await database.drop();
    });

    test('writes the same FHIR Bundle as the API to stdout, audited as the CLI', async () => {
      const cli = await runCli(['export', 'fhir'], env);
      assert.equal(cli.code, 0, cli.stderr);
      const bundle = JSON.parse(cli.stdout) as {
        entry: { resource: { resourceType: string; id: string } }[];
      };
      const api = await apiClient(app, owner.headers)<typeof bundle>('GET', '/api/exports/fhir');
      const ids = (b: typeof bundle) =>
        b.entry.map((e) => `${e.resource.resourceType}/${e.resource.id}`).sort();
      assert.deepEqual(ids(bundle), ids(api.body));
      const rows = await database.handle.db
        .selectFrom('audit_log')
        .select(['actor_id', 'patient_id'])
        .where('request_id', '=', 'cli:export')
        .execute();
      assert.deepEqual(rows, [{ actor_id: null, patient_id: charted.patientId }]);
    });

    test('writes one patient’s findings CSV to a file', async () => {
      const out = join(database.dataDir, 'findings.csv');
      const cli = await runCli(
        ['export', 'csv', '--table', 'findings', '--patient', charted.patientId, '--out', out],
        env,
      );
      assert.equal(cli.code, 0, cli.stderr);
      const lines = readFileSync(out, 'utf8').split('\r\n');
      assert.match(lines[0] ?? '', /^finding_id,visit_id,patient_id,/);
      assert.equal(lines.length, 1 + 16 + 1, 'header, 16 findings, the empty string after the last CRLF');
    });

    test('writes a transaction Bundle with --transaction, every entry a PUT of its id', async () => {
      const cli = await runCli(['export', 'fhir', '--transaction', '--patient', charted.patientId], env);
      assert.equal(cli.code, 0, cli.stderr);
      const bundle = JSON.parse(cli.stdout) as {
        type: string;
        entry: { resource: { resourceType: string; id: string }; request: { method: string; url: string } }[];
      };
      assert.equal(bundle.type, 'transaction');
      for (const e of bundle.entry)
        assert.deepEqual(e.request, { method: 'PUT', url: `${e.resource.resourceType}/${e.resource.id}` });
    });

    test('writes the research export with its manifest', async () => {
      const cli = await runCli(['export', 'research', '--clinic', owner.clinicId], env);
      assert.equal(cli.code, 0, cli.stderr);
      const body = JSON.parse(cli.stdout) as {
        manifest: { method: string; safeHarborCertain: boolean };
        patients: unknown[];
      };
      assert.equal(body.manifest.method, 'hipaa-safe-harbor');
      assert.equal(body.manifest.safeHarborCertain, true);
      assert.equal(body.patients.length, 1);
      assert.ok(!cli.stdout.includes(charted.patientId));
      const scrubbed = await runCli(['export', 'research', '--free-text', 'scrubbed'], env);
      assert.equal(scrubbed.code, 0, scrubbed.stderr);
      const withText = JSON.parse(scrubbed.stdout) as { manifest: { safeHarborCertain: boolean } };
      assert.equal(withText.manifest.safeHarborCertain, false);
    });

    test('answers 2 with a reason for bad usage, an unknown clinic or an unknown patient', async () => {
      const cases = [
        ['export', 'xml'],
        ['export', 'fhir', '--table', 'visits'],
        ['export', 'csv', '--transaction'],
        ['export', 'fhir', '--free-text', 'scrubbed'],
        ['export', 'research', '--free-text', 'all'],
        ['export', 'fhir', '--clinic', '00000000-0000-4000-8000-000000000000'],
        ['export', 'fhir', '--patient', '00000000-0000-4000-8000-000000000000'],
      ];
      const results = await Promise.all(cases.map((args) => runCli(args, env)));
      results.forEach((cli, i) => {
        assert.equal(cli.code, 2, `${cases[i]?.join(' ')}: ${cli.stderr}`);
        assert.ok(cli.stderr.trim().length > 0);
      });
    });
  });
}
