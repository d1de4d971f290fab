import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import {
  apiClient,
  dialects,
  freshDatabase,
  patientInput,
  screenAnswers,
  signIn,
  testAppOptions,
  type ApiCall,
  type TestDatabase,
} from '@sotchart/test-support';
import { buildApp } from '../app';
import { openPostgres, openSqliteFile, type DatabaseHandle } from '../db/connect';
import { AuditCommitter } from './audit-committer';
import { verifyAuditChains } from './verify-audit-chains';

// A write's audit row commits in the write's own transaction; chaining it into the hash chain comes
// after. These tests kill the chaining between the two (the committer is closed before the writes, as
// a process killed after its commit would leave them) and let another process chain what was left.

/** One acknowledged write and the audit row it must have: action, entity type, and an id it names. */
interface Expected {
  readonly what: string;
  readonly action: string;
  readonly entityType: string;
  readonly id: string;
}

for (const dialect of dialects) {
  describe(`audit rows committed with their writes on ${dialect}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let clinicId: string;
    let call: ApiCall;

    before(async () => {
      database = await freshDatabase(dialect);
      app = await buildApp(testAppOptions(database.handle));
      const owner = await signIn(app, { role: 'owner' });
      clinicId = owner.clinicId;
      call = apiClient(app, owner.headers);
      // The process "dies" between commit and chaining: its committer chains nothing from here on.
      await app.audit.close();
    });
    after(async () => {
      await app.close();
      await database.drop();
    });

    const secondProcess = async (): Promise<DatabaseHandle> =>
      dialect === 'sqlite' ? openSqliteFile(database.location) : openPostgres(database.location, 2);

    const rowsOf = (table: 'audit_log' | 'pending_audit') =>
      database.handle.db
        .selectFrom(table)
        .select(['action', 'entity_type', 'entity_ids', 'patient_id'])
        .where('chain_id', '=', clinicId)
        .execute();

    const has = (rows: { action: string; entity_type: string; entity_ids: string }[], e: Expected) =>
      rows.some(
        (r) =>
          r.action === e.action &&
          r.entity_type === e.entityType &&
          (JSON.parse(r.entity_ids) as string[]).includes(e.id),
      );

    test('every acknowledged write keeps its audit row when chaining dies, and the next process chains it', async () => {
      const expected: Expected[] = [];
      const write = async <T extends { id?: string; user?: { id: string } }>(
        what: string,
        method: 'POST' | 'PATCH' | 'PUT',
        url: string,
        body: unknown,
        status: number,
        audit: (answer: T) => Omit<Expected, 'what'>,
      ): Promise<T> => {
        const res = await call<T>(method, url, body);
        assert.equal(res.status, status, `${what} answered ${res.status}: ${JSON.stringify(res.body)}`);
        expected.push({ what, ...audit(res.body) });
        return res.body;
      };

      const patient = await write('create patient', 'POST', '/api/patients', patientInput(), 201, (p) => ({
        action: 'create',
        entityType: 'patient',
        id: p.id ?? '',
      }));
      const pid = patient.id ?? '';
      const aboutPatient = (action: string) => () => ({ action, entityType: 'patient', id: pid });
      await write(
        'update patient',
        'PATCH',
        `/api/patients/${pid}`,
        { version: 1, occupation: 'teacher' },
        200,
        aboutPatient('update'),
      );
      for (const [kind, body] of [
        ['consents', { type: 'treatment', date: '2026-01-05', signedBy: 'Ada Lovelace' }],
        ['imaging', { date: '2026-01-05', type: 'xray', region: 'cervical', summary: 'Normal.' }],
      ] as const) {
        await write(`add ${kind}`, 'POST', `/api/patients/${pid}/${kind}`, body, 201, (r) => ({
          action: 'create',
          entityType: kind === 'consents' ? 'consent' : 'imaging_study',
          id: r.id ?? '',
        }));
      }
      const episode = await write(
        'create episode',
        'POST',
        `/api/patients/${pid}/episodes`,
        { startDate: '2026-01-05', complaint: 'Low back pain', onset: 'subacute' },
        201,
        (e) => ({ action: 'create', entityType: 'episode', id: e.id ?? '' }),
      );
      await write(
        'update episode',
        'PATCH',
        `/api/episodes/${episode.id}`,
        { version: 1, phase: 'maintenance' },
        200,
        () => ({ action: 'update', entityType: 'episode', id: episode.id ?? '' }),
      );
      await write(
        'record questionnaire',
        'POST',
        `/api/patients/${pid}/questionnaires`,
        { instrumentId: 'nprs', answers: { current: 4 } },
        201,
        (q) => ({ action: 'create', entityType: 'questionnaire_response', id: q.id ?? '' }),
      );
      const visit = await write(
        'create visit',
        'POST',
        `/api/patients/${pid}/visits`,
        { visitAt: '2026-01-07T10:00:00Z', type: 'follow_up' },
        201,
        (v) => ({ action: 'create', entityType: 'visit', id: v.id ?? '' }),
      );
      const vid = visit.id ?? '';
      await write(
        'save visit',
        'PATCH',
        `/api/visits/${vid}`,
        { version: 1, findings: screenAnswers() },
        200,
        () => ({ action: 'update', entityType: 'visit', id: vid }),
      );
      await write('sign visit', 'POST', `/api/visits/${vid}/sign`, { version: 2, attest: true }, 200, () => ({
        action: 'sign',
        entityType: 'visit',
        id: vid,
      }));
      await write(
        'add addendum',
        'POST',
        `/api/visits/${vid}/addenda`,
        { text: 'Phoned: better.' },
        201,
        (a) => ({
          action: 'create',
          entityType: 'addendum',
          id: a.id ?? '',
        }),
      );
      await write(
        'add user',
        'POST',
        '/api/users',
        { email: 'new.assistant@test.example', displayName: 'New Assistant', role: 'assistant' },
        201,
        (r) => ({ action: 'create', entityType: 'user', id: r.user?.id ?? '' }),
      );
      await write(
        'rename clinic',
        'PATCH',
        '/api/clinic',
        { version: 1, name: 'Renamed clinic' },
        200,
        () => ({
          action: 'update',
          entityType: 'clinic',
          id: clinicId,
        }),
      );

      // Every write landed with its audit row, none of them chained yet: verify counts them as pending.
      const pending = await rowsOf('pending_audit');
      for (const e of expected) assert.ok(has(pending, e), `${e.what} has no unchained audit row`);
      const chained = await rowsOf('audit_log');
      for (const e of expected) assert.ok(!has(chained, e), `${e.what} was chained by a closed committer`);
      const before = await verifyAuditChains(database.handle.db);
      assert.equal(before.ok, true);
      assert.equal(before.chains.find((c) => c.chainId === clinicId)?.pending, pending.length);

      // The next process (a restarted server) chains them, in order, and the chain verifies.
      const handle = await secondProcess();
      const next = new AuditCommitter({ db: handle.db, dialect, clock: () => new Date() });
      try {
        await next.flush();
      } finally {
        await next.close();
        await handle.close();
      }
      assert.deepEqual(await rowsOf('pending_audit'), []);
      const rows = await rowsOf('audit_log');
      for (const e of expected) assert.ok(has(rows, e), `${e.what} has no audit row after chaining`);
      const after = await verifyAuditChains(database.handle.db);
      assert.deepEqual(after.broken, []);
      assert.equal(after.chains.find((c) => c.chainId === clinicId)?.pending, 0);
    });

    test('a write that is refused leaves no audit row, chained or not', async () => {
      const before = (await rowsOf('pending_audit')).length + (await rowsOf('audit_log')).length;
      const taken = await call('POST', '/api/patients', patientInput({ chartNumber: 'DUP-1' }));
      assert.equal(taken.status, 201);
      const twice = await call('POST', '/api/patients', patientInput({ chartNumber: 'DUP-1' }));
      assert.equal(twice.status, 400);
      const stale = await call('PATCH', `/api/patients/${(taken.body as { id: string }).id}`, {
        version: 7,
        occupation: 'stale',
      });
      assert.equal(stale.status, 409);
      const after = (await rowsOf('pending_audit')).length + (await rowsOf('audit_log')).length;
      assert.equal(after - before, 1, 'only the patient that was created is audited');
    });
  });

  describe(`unchained audit rows and several processes on ${dialect}`, () => {
    test('two processes chaining at once chain each row exactly once, in order', async () => {
      const database = await freshDatabase(dialect);
      const open = (): DatabaseHandle | Promise<DatabaseHandle> =>
        dialect === 'sqlite' ? openSqliteFile(database.location) : openPostgres(database.location, 3);
      const handles = [await open(), await open()];
      const [a, b] = handles.map(
        (h) => new AuditCommitter({ db: h.db, dialect, clock: () => new Date(), maxBatch: 7 }),
      ) as [AuditCommitter, AuditCommitter];
      try {
        const db = database.handle.db;
        for (let i = 0; i < 60; i++) {
          await db.transaction().execute((trx) =>
            (i % 2 === 0 ? a : b).within(trx, {
              clinicId: null,
              actorId: null,
              action: 'create',
              entityType: 'test',
              entityIds: [`write-${String(i).padStart(2, '0')}`],
              patientId: null,
              requestId: `request-${i}`,
              ip: '127.0.0.1',
            }),
          );
        }
        await Promise.all([a.flush(), b.flush(), a.flush(), b.flush()]);
        const rows = await db
          .selectFrom('audit_log')
          .select(['seq', 'entity_ids'])
          .where('chain_id', '=', 'system')
          .orderBy('seq')
          .execute();
        assert.deepEqual(
          rows.map((r) => r.entity_ids),
          Array.from({ length: 60 }, (_, i) => JSON.stringify([`write-${String(i).padStart(2, '0')}`])),
        );
        assert.deepEqual((await verifyAuditChains(db)).broken, []);
      } finally {
        await a.close();
        await b.close();
        for (const h of handles) await h.close();
        await database.drop();
      }
    });
  });
}
