import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import {
  apiClient,
  dialects,
  freshDatabase,
  patientInput,
  signIn,
  testAppOptions,
  type ApiCall,
  type TestDatabase,
} from '@sotchart/test-support';
import { buildApp } from '../../app';

interface Body {
  version: number;
  history?: { conditions: string[]; allergies: string[] };
  notes?: string;
  error?: { code: string; details?: { path: string }[] };
  current?: Record<string, unknown>;
}

// Issue 16 (assistant role): the history and notes are clinical. Assistants register and edit
// demographics; they neither read nor write the history, and no answer of theirs carries it.
for (const dialect of dialects) {
  describe(`the medical history on ${dialect}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let practitioner: ApiCall;
    let assistant: ApiCall;
    let auditor: ApiCall;
    let patientId: string;

    before(async () => {
      database = await freshDatabase(dialect);
      app = await buildApp(testAppOptions(database.handle));
      const owner = await signIn(app, { role: 'owner' });
      const as = async (role: 'practitioner' | 'assistant' | 'auditor') =>
        apiClient(app, (await signIn(app, { role, clinicId: owner.clinicId })).headers);
      practitioner = await as('practitioner');
      assistant = await as('assistant');
      auditor = await as('auditor');
      patientId = (await assistant<{ id: string }>('POST', '/api/patients', patientInput())).body.id;
    });
    after(async () => {
      await app.close();
      await database.drop();
    });

    test('a practitioner writes the history and notes; clinical roles read them', async () => {
      const saved = await practitioner<Body>('PATCH', `/api/patients/${patientId}/history`, {
        version: 1,
        history: { conditions: ['Asthma'], allergies: ['Penicillin'] },
        notes: 'Prefers side-lying.',
      });
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      assert.equal(saved.body.version, 2);
      for (const reader of [practitioner, auditor]) {
        const res = await reader<Body>('GET', `/api/patients/${patientId}/history`);
        assert.equal(res.status, 200);
        assert.deepEqual(res.body.history?.allergies, ['Penicillin']);
        assert.equal(res.body.notes, 'Prefers side-lying.');
      }
    });

    test('an assistant reads and edits demographics, and gets 403 on the history', async () => {
      assert.equal((await assistant('GET', `/api/patients/${patientId}/history`)).status, 403);
      const write = await assistant('PATCH', `/api/patients/${patientId}/history`, {
        version: 2,
        notes: 'x',
      });
      assert.equal(write.status, 403);
      const read = await assistant<Body>('GET', `/api/patients/${patientId}`);
      assert.equal(read.status, 200);
      assert.equal(read.body.history, undefined);
      assert.equal(read.body.notes, undefined);
      const edited = await assistant<Body>('PATCH', `/api/patients/${patientId}`, {
        version: read.body.version,
        occupation: 'teacher',
      });
      assert.equal(edited.status, 200);
      assert.equal(edited.body.history, undefined);
      assert.equal(edited.body.notes, undefined);
    });

    test('a stale demographics save answers the current demographics, without the history', async () => {
      const stale = await assistant<Body>('PATCH', `/api/patients/${patientId}`, {
        version: 1,
        occupation: 'nurse',
      });
      assert.equal(stale.status, 409);
      assert.equal(stale.body.current?.occupation, 'teacher');
      assert.equal(stale.body.current?.history, undefined);
      assert.equal(stale.body.current?.notes, undefined);
    });

    test('the demographics routes refuse a history or notes rather than drop them', async () => {
      const created = await assistant<Body>(
        'POST',
        '/api/patients',
        patientInput({ chartNumber: 'H-2', history: { allergies: ['Latex'] }, notes: 'x' }),
      );
      assert.equal(created.status, 400);
      assert.deepEqual(created.body.error?.details?.map((d) => d.path).sort(), ['history', 'notes']);
      const patched = await practitioner<Body>('PATCH', `/api/patients/${patientId}`, {
        version: 3,
        history: { allergies: ['Latex'] },
      });
      assert.equal(patched.status, 400);
      assert.deepEqual(
        patched.body.error?.details?.map((d) => d.path),
        ['history'],
      );
    });
  });
}
