import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import {
  apiClient,
  dialects,
  freshDatabase,
  insertClinic,
  patientInput,
  signIn,
  testAppOptions,
  type TestDatabase,
} from '@sotchart/test-support';
import { buildApp } from '../app';
import { openPostgres, openSqliteFile, type DatabaseHandle } from '../db/connect';
import { AuditCommitter } from './audit-committer';
import type { AuditEvent } from './audit-event';
import { verifyAuditChains } from './verify-audit-chains';

function eventFor(clinicId: string | null, n: number, patientId: string | null = null): AuditEvent {
  return {
    clinicId,
    actorId: null,
    action: 'read',
    entityType: 'patient',
    entityIds: [`entity-${n}`],
    patientId,
    requestId: `request-${n}`,
    ip: '127.0.0.1',
  };
}

for (const dialect of dialects) {
  describe(`audit log on ${dialect}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    before(async () => {
      database = await freshDatabase(dialect);
      app = await buildApp(testAppOptions(database.handle));
    });
    after(async () => {
      await app.close();
      await database.drop();
    });

    const chainRows = (chainId: string) =>
      database.handle.db
        .selectFrom('audit_log')
        .select(['seq', 'request_id'])
        .where('chain_id', '=', chainId)
        .orderBy('seq')
        .execute();

    test('concurrent requests share transactions and every one is recorded before it answers', async () => {
      const auditor = await signIn(app, { role: 'auditor' });
      const committer = app.audit as AuditCommitter;
      const before = committer.stats();
      const answers = await Promise.all(
        Array.from({ length: 60 }, () =>
          app.inject({ method: 'GET', url: '/api/audit?limit=1', headers: auditor.headers }),
        ),
      );
      assert.ok(answers.every((a) => a.statusCode === 200));
      // Every answer has left, so every read must already be durable: the sign-in row plus 60 reads.
      const rows = await chainRows(auditor.clinicId);
      assert.equal(rows.length, 61);
      assert.equal(new Set(rows.map((r) => r.request_id)).size, 61);
      assert.deepEqual(
        rows.map((r) => r.seq),
        rows.map((_, i) => i + 1),
      );
      const after = committer.stats();
      const transactions = after.transactions - before.transactions;
      assert.equal(after.rows - before.rows, 60);
      assert.ok(transactions < 60, `60 audited requests took ${transactions} transactions`);
      assert.equal((await verifyAuditChains(database.handle.db)).ok, true);
    });

    test('500 events recorded at once are chained in order in a few transactions', async () => {
      const clinicId = await insertClinic(app);
      const committer = app.audit as AuditCommitter;
      const before = committer.stats();
      await Promise.all(Array.from({ length: 500 }, (_, i) => app.audit.record(eventFor(clinicId, i))));
      const rows = await chainRows(clinicId);
      assert.deepEqual(
        rows.map((r) => r.request_id),
        Array.from({ length: 500 }, (_, i) => `request-${i}`),
      );
      // At most 64 rows a transaction on SQLite's audit worker (a short hold of the write lock), 500 elsewhere.
      assert.ok(committer.stats().transactions - before.transactions <= (dialect === 'sqlite' ? 9 : 5));
    });

    test('two processes appending to one chain at once keep it linear', async () => {
      const clinicId = await insertClinic(app);
      const second: DatabaseHandle =
        dialect === 'sqlite' ? openSqliteFile(database.location) : await openPostgres(database.location, 5);
      const other = new AuditCommitter({ db: second.db, dialect, clock: () => new Date() });
      try {
        await Promise.all(
          Array.from({ length: 200 }, (_, i) =>
            (i % 2 === 0 ? app.audit : other).record(eventFor(clinicId, i)),
          ),
        );
      } finally {
        await other.close();
        await second.close();
      }
      const rows = await chainRows(clinicId);
      assert.equal(rows.length, 200);
      const result = await verifyAuditChains(database.handle.db);
      assert.deepEqual(result.broken, []);
    });

    test('verify names the first broken row of an edited, a middle-deleted and a newest-deleted chain', async () => {
      const edited = await insertClinic(app);
      const middle = await insertClinic(app);
      const newest = await insertClinic(app);
      for (const clinicId of [edited, middle, newest]) {
        for (let i = 0; i < 5; i++) await app.audit.record(eventFor(clinicId, i));
      }
      assert.equal((await verifyAuditChains(database.handle.db)).ok, true);

      const db = database.handle.db;
      await sql`update audit_log set actor_id = ${'someone-else'} where chain_id = ${edited} and seq = 3`.execute(
        db,
      );
      await sql`delete from audit_log where chain_id = ${middle} and seq = 2`.execute(db);
      await sql`delete from audit_log where chain_id = ${newest} and seq = 5`.execute(db);

      const result = await verifyAuditChains(db);
      assert.equal(result.ok, false);
      const byChain = new Map(result.broken.map((b) => [b.chainId, b]));
      assert.equal(result.broken.length, 3);
      assert.equal(byChain.get(edited)?.seq, 3);
      assert.match(byChain.get(edited)?.reason ?? '', /row 3 was changed/);
      assert.equal(byChain.get(middle)?.seq, 2);
      assert.match(byChain.get(middle)?.reason ?? '', /row 2 is missing/);
      assert.equal(byChain.get(newest)?.seq, 5);
      assert.match(byChain.get(newest)?.reason ?? '', /row 5, the newest, is missing/);

      // Deleting a clinic's whole chain with its head leaves the clinic, whose chain is then missing.
      await sql`delete from audit_log where chain_id in (${edited}, ${middle}, ${newest})`.execute(db);
      await sql`delete from audit_head where chain_id in (${edited}, ${middle}, ${newest})`.execute(db);
      const deleted = await verifyAuditChains(db);
      assert.deepEqual(
        deleted.broken.map((b) => [b.chainId, b.seq, b.reason]).sort(),
        [edited, middle, newest]
          .sort()
          .map((id) => [id, 0, 'the chain head is missing: the chain was deleted with its head']),
      );
      // A new clinic starts with its appointment types, which must go before it.
      await sql`delete from appointment_type where clinic_id in (${edited}, ${middle}, ${newest})`.execute(
        db,
      );
      await sql`delete from clinic where id in (${edited}, ${middle}, ${newest})`.execute(db);
      assert.equal((await verifyAuditChains(db)).ok, true);
    });

    test('an edited row whose own hash was recomputed still breaks the next link', async () => {
      const clinicId = await insertClinic(app);
      for (let i = 0; i < 3; i++) await app.audit.record(eventFor(clinicId, i));
      const db = database.handle.db;
      await sql`update audit_log set hash = ${'f'.repeat(64)} where chain_id = ${clinicId} and seq = 1`.execute(
        db,
      );
      const result = await verifyAuditChains(db);
      const broken = result.broken.find((b) => b.chainId === clinicId);
      assert.equal(broken?.seq, 1);
      await sql`delete from audit_log where chain_id = ${clinicId}`.execute(db);
      await sql`delete from audit_head where chain_id = ${clinicId}`.execute(db);
    });

    test('GET /api/audit answers who read or changed a patient’s record, newest first, page by page', async () => {
      const owner = await signIn(app, { role: 'owner' });
      const call = apiClient(app, owner.headers);
      const created = await call<{ id: string }>('POST', '/api/patients', patientInput());
      assert.equal(created.status, 201);
      const patientId = created.body.id;
      for (let i = 0; i < 5; i++) {
        await app.audit.record({ ...eventFor(owner.clinicId, i, patientId), actorId: owner.userId });
      }
      await app.audit.record(eventFor(owner.clinicId, 99, randomUUID()));
      const first = await call<{
        items: { requestId: string; actor: { id: string } | null }[];
        nextCursor: string;
      }>('GET', `/api/audit?patientId=${patientId}&limit=3`);
      assert.equal(first.status, 200);
      assert.deepEqual(
        first.body.items.map((e) => e.requestId),
        ['request-4', 'request-3', 'request-2'],
      );
      assert.equal(first.body.items[0]?.actor?.id, owner.userId);
      const second = await call<{
        items: { requestId: string; action: string }[];
        nextCursor: string | null;
      }>('GET', `/api/audit?patientId=${patientId}&limit=3&cursor=${first.body.nextCursor}`);
      // The oldest entry is the patient's registration through the API.
      assert.deepEqual(second.body.items.map((e) => e.requestId).slice(0, 2), ['request-1', 'request-0']);
      assert.equal(second.body.items[2]?.action, 'create');
      assert.equal(second.body.nextCursor, null);
    });

    test('another clinic’s patient is not found, and only owners and auditors may read the log', async () => {
      const a = await signIn(app, { role: 'auditor' });
      const b = await signIn(app, { role: 'owner' });
      const created = await apiClient(app, b.headers)<{ id: string }>(
        'POST',
        '/api/patients',
        patientInput(),
      );
      const patientId = created.body.id;
      const foreign = await apiClient(app, a.headers)<{ error: { code: string } }>(
        'GET',
        `/api/audit?patientId=${patientId}`,
      );
      assert.equal(foreign.status, 404);
      assert.equal(foreign.body.error.code, 'NOT_FOUND');
      for (const role of ['practitioner', 'assistant'] as const) {
        const user = await signIn(app, { role, clinicId: b.clinicId });
        assert.equal((await apiClient(app, user.headers)('GET', '/api/audit')).status, 403);
      }
    });

    test('a bad cursor or limit is named', async () => {
      const owner = await signIn(app, { role: 'owner' });
      const res = await apiClient(app, owner.headers)<{ error: { details: { path: string }[] } }>(
        'GET',
        '/api/audit?cursor=abc&limit=0&patientId=nope',
      );
      assert.equal(res.status, 400);
      assert.deepEqual(res.body.error.details.map((d) => d.path).sort(), [
        'query.cursor',
        'query.limit',
        'query.patientId',
      ]);
    });

    test('closing the app writes what is queued', async () => {
      const extra = await freshDatabase(dialect);
      const other = await buildApp(testAppOptions(extra.handle, { auditCommitIntervalMs: 50 }));
      const clinicId = await insertClinic(other);
      const pending = Promise.all(
        Array.from({ length: 10 }, (_, i) => other.audit.record(eventFor(clinicId, i))),
      );
      await other.close();
      await pending;
      const rows = await extra.handle.db
        .selectFrom('audit_log')
        .select('seq')
        .where('chain_id', '=', clinicId)
        .execute();
      assert.equal(rows.length, 10);
      await assert.rejects(other.audit.record(eventFor(clinicId, 11)));
      await extra.drop();
    });
  });
}
