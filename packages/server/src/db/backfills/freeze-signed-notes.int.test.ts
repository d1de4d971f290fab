import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import {
  apiClient,
  dialects,
  fixedClock,
  freshDatabase,
  patientInput,
  screenAnswers,
  seededIds,
  signIn,
  testAppOptions,
  type ApiCall,
  type TestDatabase,
} from '@sotchart/test-support';
import { buildApp } from '../../app';
import { extractPdfText } from '../../reports/extract-pdf-text';
import { freezeSignedNotes } from './freeze-signed-notes';
import { runBackfills } from './run-backfills';

type Body = { id: string; version: number } & Record<string, unknown>;

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

for (const dialect of dialects) {
  describe(`freeze-signed-notes backfill on ${dialect}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let api: ApiCall;
    let headers: Record<string, string>;
    const clock = fixedClock('2026-03-02T16:00:00.000Z');

    before(async () => {
      database = await freshDatabase(dialect);
      app = await buildApp(testAppOptions(database.handle, { clock }));
      headers = (await signIn(app, { role: 'owner' })).headers;
      api = apiClient(app, headers);
    });
    after(async () => {
      await app.close();
      await database.drop();
    });

    test('freezes a visit signed before the change, and its addendum, marked frozen at upgrade; a second run changes nothing', async () => {
      const patient = await api<Body>('POST', '/api/patients', patientInput());
      const created = await api<Body>('POST', `/api/patients/${patient.body.id}/visits`, {
        visitAt: '2026-03-02T15:00:00.000Z',
        type: 'follow_up',
      });
      const id = created.body.id;
      const saved = await api<Body>('PATCH', `/api/visits/${id}`, {
        version: created.body.version,
        findings: screenAnswers(),
      });
      const signed = await api<Body>('POST', `/api/visits/${id}/sign`, {
        version: saved.body.version,
        attest: true,
      });
      assert.equal(signed.status, 200, JSON.stringify(signed.body));
      assert.equal((await api('POST', `/api/visits/${id}/addenda`, { text: 'Phoned: better.' })).status, 201);
      const db = database.handle.db;
      // The state before this change: signed visits and addenda had no stored documents.
      await db.deleteFrom('signed_document').execute();

      // The upgrade runs the next day (the app's own clock stays, so its session stays valid).
      const upgrade = fixedClock('2026-03-03T16:00:00.000Z');
      const ran = await runBackfills(database.handle, {
        clock: upgrade,
        newId: seededIds('frozen'),
        only: [freezeSignedNotes],
      });
      assert.deepEqual(ran, ['0002-freeze-signed-notes']);
      const rows = await db
        .selectFrom('signed_document')
        .select(['id', 'kind', 'seq', 'sha256', 'frozen_at_upgrade', 'created_at', 'pdf'])
        .where('visit_id', '=', id)
        .orderBy('kind', 'desc')
        .execute();
      assert.deepEqual(
        rows.map((r) => [
          r.kind,
          r.seq,
          r.frozen_at_upgrade,
          r.created_at,
          r.sha256 === sha256(Buffer.from(r.pdf)),
        ]),
        [
          ['note', 0, 1, '2026-03-03T16:00:00.000Z', true],
          ['addendum', 1, 1, '2026-03-03T16:00:00.000Z', true],
        ],
      );
      const note = await app.inject({ method: 'GET', url: `/api/visits/${id}/note.pdf`, headers });
      assert.equal(note.statusCode, 200, note.body);
      assert.equal(note.headers['x-content-sha256'], rows[0]?.sha256);
      const noteText = (await extractPdfText(note.rawPayload)).text;
      assert.ok(noteText.includes('Frozen at upgrade on 3 Mar 2026'), noteText);
      assert.ok(noteText.includes('Addendum 1 by'), noteText);
      const addendum = await app.inject({ method: 'GET', url: `/api/visits/${id}/addenda/1.pdf`, headers });
      const addendumText = (await extractPdfText(addendum.rawPayload)).text;
      assert.ok(addendumText.includes('Frozen at upgrade on 3 Mar 2026'), addendumText);
      assert.ok(addendumText.includes(rows[0]?.sha256 ?? 'the note hash'), addendumText);
      const run = await db
        .selectFrom('backfill_run')
        .select('result')
        .where('name', '=', '0002-freeze-signed-notes')
        .executeTakeFirstOrThrow();
      assert.deepEqual(JSON.parse(run.result), {
        counts: { signed: 1, notes: 1, addenda: 1 },
        changed: [id],
      });
      const audited = await db
        .selectFrom('audit_log')
        .select(['action', 'entity_ids', 'request_id'])
        .where('entity_type', '=', 'signed_document')
        .execute();
      assert.deepEqual(audited, [
        {
          action: 'create',
          entity_ids: JSON.stringify([id]),
          request_id: 'backfill:0002-freeze-signed-notes',
        },
      ]);

      // Recorded: a second start does not run it again; run anyway, it finds everything frozen.
      upgrade.advance(86_400_000);
      assert.deepEqual(
        await runBackfills(database.handle, {
          clock: upgrade,
          newId: seededIds('again'),
          only: [freezeSignedNotes],
        }),
        [],
      );
      await db.deleteFrom('backfill_run').where('name', '=', '0002-freeze-signed-notes').execute();
      assert.deepEqual(
        await runBackfills(database.handle, {
          clock: upgrade,
          newId: seededIds('again'),
          only: [freezeSignedNotes],
        }),
        ['0002-freeze-signed-notes'],
      );
      const again = await db
        .selectFrom('signed_document')
        .select(['id', 'kind', 'seq', 'sha256', 'frozen_at_upgrade', 'created_at', 'pdf'])
        .where('visit_id', '=', id)
        .orderBy('kind', 'desc')
        .execute();
      assert.deepEqual(again, rows);
      const rerun = await db
        .selectFrom('backfill_run')
        .select('result')
        .where('name', '=', '0002-freeze-signed-notes')
        .executeTakeFirstOrThrow();
      assert.deepEqual(JSON.parse(rerun.result), {
        counts: { signed: 1, notes: 0, addenda: 0 },
        changed: [],
      });
    });
  });
}
