import assert from 'node:assert/strict';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { dialects, freshDatabase, signIn, testAppOptions, type TestDatabase } from '@sotchart/test-support';
import type { FhirImportResult } from '@sotchart/contract';
import { buildApp } from '../../app';

const patients = 100;
/** Each Patient carries a narrative of this many characters, as exports from big systems do. */
const narrative = 500_000;

/** Writes a collection Bundle of `patients` Patients and one Condition each (about 50 MB) to `file`. */
async function writeLargeBundle(file: string): Promise<void> {
  const out = createWriteStream(file);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write('{"resourceType":"Bundle","type":"collection","entry":[');
  const filler = 'x'.repeat(narrative);
  for (let i = 0; i < patients; i += 1) {
    const id = `big-${i}`;
    const patient = {
      resourceType: 'Patient',
      id,
      text: { status: 'generated', div: `<div xmlns="http://www.w3.org/1999/xhtml">${filler}</div>` },
      identifier: [{ system: 'urn:example:big', type: { coding: [{ code: 'MR' }] }, value: `BIG-${i}` }],
      name: [{ family: 'Large', given: ['Patient', String(i)] }],
      gender: 'unknown',
      birthDate: '1980-05-17',
    };
    const condition = {
      resourceType: 'Condition',
      id: `${id}-c`,
      code: { coding: [{ system: 'http://snomed.info/sct', code: '279039007', display: 'Low back pain' }] },
      subject: { reference: `Patient/${id}` },
    };
    await write(
      `${i === 0 ? '' : ','}{"resource":${JSON.stringify(patient)}},{"resource":${JSON.stringify(condition)}}`,
    );
  }
  await write(']}');
  out.end();
  await once(out, 'finish');
}

for (const dialect of dialects) {
  describe(`FHIR import of a large Bundle on ${dialect}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let dir: string;
    let file: string;

    before(async () => {
      database = await freshDatabase(dialect);
      app = await buildApp(testAppOptions(database.handle));
      dir = await mkdtemp(join(tmpdir(), 'fhir-import-large-'));
      file = join(dir, 'bundle.json');
      await writeLargeBundle(file);
    });
    after(async () => {
      await app.close();
      await database.drop();
      await rm(dir, { recursive: true, force: true });
    });

    test('imports a 50 MB Bundle streamed past the body limit of other routes', async () => {
      assert.ok((await stat(file)).size > 50_000_000);
      const owner = await signIn(app, { role: 'owner' });
      const res = await app.inject({
        method: 'POST',
        url: '/api/fhir/import',
        headers: { ...owner.headers, 'content-type': 'application/fhir+json' },
        payload: createReadStream(file),
      });
      assert.equal(res.statusCode, 200, res.body.slice(0, 500));
      const result = JSON.parse(res.body) as FhirImportResult;
      assert.deepEqual(result.counts, { created: 200, updated: 0, skipped: 0, refused: 0 });
      const stored = await database.handle.db.selectFrom('patient_history_entry').select('id').execute();
      assert.equal(stored.length, patients);
    });
  });
}
