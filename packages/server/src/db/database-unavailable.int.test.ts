import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { test } from 'node:test';
import pg from 'pg';
import { apiClient, freshDatabase, patientInput, signIn, testAppOptions } from '@sotchart/test-support';
import { buildApp } from '../app';
import { isDatabaseUnavailable } from './database-unavailable';

const terminateOthers = `select pg_terminate_backend(pid) as ended from pg_stat_activity
  where datname = current_database() and pid <> pg_backend_pid()`;

interface Answer {
  readonly status: number;
  readonly code: string | undefined;
}

test(
  'writers get 2xx or 503 DATABASE_UNAVAILABLE while PostgreSQL ends their connections, lose no acknowledged write, and the server serves afterwards',
  { timeout: 120_000 },
  async (t) => {
    const database = await freshDatabase('postgres');
    const uncaught: unknown[] = [];
    const onUncaught = (error: unknown) => uncaught.push(error);
    process.on('uncaughtException', onUncaught);
    const app = await buildApp(testAppOptions(database.handle));
    // A separate connection, as an administrator or a failover would end the server's backends.
    const admin = new pg.Client({ connectionString: database.location });
    await admin.connect();
    try {
      const user = await signIn(app, { role: 'practitioner' });
      const api = apiClient(app, user.headers);
      const answers: Answer[] = [];
      const acknowledged: string[] = [];
      let writing = true;
      const writer = async (w: number): Promise<void> => {
        for (let i = 0; writing; i++) {
          const res = await api<{ id?: string; error?: { code: string } }>(
            'POST',
            '/api/patients',
            patientInput({ chartNumber: `W${w}-${i}` }),
          );
          answers.push({ status: res.status, code: res.body.error?.code });
          if (res.status === 201 && res.body.id !== undefined) acknowledged.push(res.body.id);
        }
      };
      let ended = 0;
      const terminator = async (): Promise<void> => {
        for (let round = 0; round < 8; round++) {
          await sleep(120);
          const result = await admin.query<{ ended: boolean }>(terminateOthers);
          ended += result.rows.filter((r) => r.ended).length;
        }
        // Let the last ended connections be noticed, then stop writing.
        await sleep(500);
        writing = false;
      };
      await Promise.all([writer(0), writer(1), writer(2), writer(3), terminator()]);

      const unavailable = answers.filter((a) => a.status === 503).length;
      t.diagnostic(`${answers.length} writes, ${unavailable} answered 503, ${ended} backends ended`);
      assert.deepEqual(uncaught, []);
      assert.ok(ended > 0, 'no backend was ended');
      const unexpected = answers.filter(
        (a) =>
          !(a.status >= 200 && a.status < 300) && !(a.status === 503 && a.code === 'DATABASE_UNAVAILABLE'),
      );
      assert.deepEqual(unexpected, []);
      assert.ok(acknowledged.length > 0, 'no write was acknowledged');

      const stored = await admin.query<{ id: string }>('select id from patient where id = any($1)', [
        acknowledged,
      ]);
      assert.deepEqual(new Set(stored.rows.map((r) => r.id)), new Set(acknowledged));

      const after = await api<{ id: string }>(
        'POST',
        '/api/patients',
        patientInput({ chartNumber: 'AFTER-1' }),
      );
      assert.equal(after.status, 201);
      const read = await api<{ chartNumber: string }>('GET', `/api/patients/${after.body.id}`);
      assert.equal(read.status, 200);
      assert.equal(read.body.chartNumber, 'AFTER-1');
    } finally {
      process.off('uncaughtException', onUncaught);
      await admin.end();
      await app.close();
      await database.drop();
    }
  },
);

test('a PostgreSQL server unreachable at connect is a lost database, not a bug', async () => {
  const pool = new pg.Pool({ connectionString: 'postgres://postgres@127.0.0.1:1/none', max: 1 });
  const error = await pool.query('select 1').then(
    () => undefined,
    (e: unknown) => e,
  );
  await pool.end();
  assert.equal(isDatabaseUnavailable(error), true);
});
