import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import {
  dialects,
  freshDatabase,
  runCli,
  signIn,
  testAppOptions,
  type TestDatabase,
} from '@sotchart/test-support';
import type { FhirImportResult } from '@sotchart/contract';
import { buildApp } from '../app';

const fixture = (name: string) => fileURLToPath(new URL(`../interop/fhir/fixtures/${name}`, import.meta.url));

for (const dialect of dialects) {
  describe(`sotchart import on ${dialect}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let env: Record<string, string>;
    const patientCount = async () =>
      (await database.handle.db.selectFrom('patient').select('id').execute()).length;

    before(async () => {
      database = await freshDatabase(dialect);
      app = await buildApp(testAppOptions(database.handle));
      await signIn(app, { role: 'owner' });
      env =
        dialect === 'sqlite'
          ? { DATA_DIR: database.dataDir, DATABASE_URL: '' }
          : { DATABASE_URL: database.location };
    });
    after(async () => {
      await app.close();
      await database.drop();
    });

    test('a dry run prints what would happen and writes nothing', async () => {
      const cli = await runCli(['import', 'fhir', fixture('traits.ndjson'), '--dry-run'], env);
      assert.equal(cli.code, 0, cli.stderr);
      const result = JSON.parse(cli.stdout) as FhirImportResult;
      assert.deepEqual(result.counts, { created: 5, updated: 0, skipped: 0, refused: 0 });
      assert.match(cli.stderr, /Would import: 5 created/);
      assert.equal(await patientCount(), 0);
    });

    test('imports a file, audited as the CLI, and says so', async () => {
      const cli = await runCli(['import', 'fhir', fixture('synthea-shaped-transaction.json')], env);
      assert.equal(cli.code, 0, cli.stderr);
      assert.match(cli.stderr, /Imported: 8 created, 0 updated, 2 skipped, 0 refused/);
      assert.equal(await patientCount(), 1);
      const rows = await database.handle.db
        .selectFrom('audit_log')
        .select('actor_id')
        .where('request_id', '=', 'cli:import')
        .execute();
      assert.equal(rows.length, 8);
    });

    test('refuses a file that is not FHIR, naming the field, with exit code 2', async () => {
      const file = join(database.dataDir, 'not-fhir.json');
      writeFileSync(file, '{"hello": 1}');
      const cli = await runCli(['import', 'fhir', file], env);
      assert.equal(cli.code, 2);
      assert.match(cli.stderr, /body\.resourceType/);
      const usage = await runCli(['import', 'csv', file], env);
      assert.equal(usage.code, 2);
    });
  });
}
