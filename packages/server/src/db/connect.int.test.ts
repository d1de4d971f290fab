import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import pg from 'pg';
import { freshDatabase, testPostgresUrl } from '@sotchart/test-support';

test('a pooled PostgreSQL connection ended by the server neither stops the process nor the next query', async () => {
  const database = await freshDatabase('postgres');
  const uncaught: unknown[] = [];
  const onUncaught = (error: unknown) => uncaught.push(error);
  process.on('uncaughtException', onUncaught);
  try {
    const { db } = database.handle;
    const before = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db);
    const pid = before.rows[0]?.pid;
    assert.ok(pid !== undefined);
    // The connection now sits idle in the pool; end it from outside, as a restart would.
    const admin = new pg.Client({ connectionString: testPostgresUrl });
    await admin.connect();
    try {
      await admin.query('select pg_terminate_backend($1)', [pid]);
    } finally {
      await admin.end();
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    const after = await sql<{ one: number }>`select 1 as one`.execute(db);
    assert.equal(after.rows[0]?.one, 1);
    assert.deepEqual(uncaught, []);
  } finally {
    process.off('uncaughtException', onUncaught);
    await database.drop();
  }
});
