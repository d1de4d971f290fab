import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import {
  dialects,
  freshDatabase,
  runCli,
  startServerProcess,
  type ServerProcess,
  type TestDatabase,
} from '@sotchart/test-support';
import { openPostgres, type DatabaseHandle, type DialectName } from '../db/connect';
import { anchorChains } from './anchor-chains';
import { AnchorFile } from './anchor-file';
import { AuditCommitter } from './audit-committer';
import type { AuditEvent } from './audit-event';
import { startChain } from './start-chain';

// Tampering an attacker with write access to the database can do, that only the anchor file reveals:
// deleting the newest rows and rewinding the head, or deleting a clinic's whole chain, head and all.

const quiet = { LOG_LEVEL: 'silent' };

function envFor(dialect: DialectName, database: TestDatabase, anchor?: string): Record<string, string> {
  const place: Record<string, string> =
    dialect === 'sqlite'
      ? { DATA_DIR: database.dataDir, DATABASE_URL: '' }
      : { DATABASE_URL: database.location };
  return { ...quiet, ...place, AUDIT_ANCHOR_FILE: anchor ?? '' };
}

function eventFor(clinicId: string, n: number): AuditEvent {
  return {
    clinicId,
    actorId: null,
    action: 'read',
    entityType: 'patient',
    entityIds: [`entity-${n}`],
    patientId: null,
    requestId: `request-${n}`,
    ip: '127.0.0.1',
  };
}

const checkpointsIn = (file: string) =>
  readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { chain: string; rows: number; hash: string; at: string });

for (const dialect of dialects) {
  describe(`audit anchoring on ${dialect}`, () => {
    let database: TestDatabase;
    let audit: AuditCommitter;
    let clinicNumber = 0;
    before(async () => {
      database = await freshDatabase(dialect);
      audit = new AuditCommitter({ db: database.handle.db, dialect, clock: () => new Date() });
    });
    after(async () => {
      await audit.close();
      await database.drop();
    });

    /** A clinic with `rows` audit rows, as `sotchart setup` and the API leave it. */
    async function clinicWithRows(rows: number): Promise<string> {
      clinicNumber += 1;
      const id = `clinic-${clinicNumber}-${dialect}`;
      const now = new Date().toISOString();
      const db = database.handle.db;
      await db
        .insertInto('clinic')
        .values({ id, name: id, time_zone: 'UTC', address: '', is_demo: 0, created_at: now, updated_at: now })
        .execute();
      await startChain(db, id, now);
      for (let i = 1; i <= rows; i++) await audit.record(eventFor(id, i));
      return id;
    }

    const anchorFile = (name: string) => join(database.dataDir, `${name}.jsonl`);

    test('audit anchor appends one JSON line per chain that grew: chain, rows, hash, time', async () => {
      const file = anchorFile('lines');
      const clinicId = await clinicWithRows(3);
      const first = await runCli(['audit', 'anchor'], envFor(dialect, database, file));
      assert.equal(first.code, 0, first.stderr);
      const head = await database.handle.db
        .selectFrom('audit_head')
        .selectAll()
        .where('chain_id', '=', clinicId)
        .executeTakeFirstOrThrow();
      const mine = checkpointsIn(file).find((c) => c.chain === clinicId);
      assert.deepEqual({ rows: mine?.rows, hash: mine?.hash }, { rows: 3, hash: head.last_hash });
      assert.match(mine?.at ?? '', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

      const before = checkpointsIn(file).length;
      const again = await runCli(['audit', 'anchor'], envFor(dialect, database, file));
      assert.equal(again.code, 0, again.stderr);
      assert.equal(checkpointsIn(file).length, before, 'an unchanged chain gets no new checkpoint');
      await audit.record(eventFor(clinicId, 4));
      await runCli(['audit', 'anchor'], envFor(dialect, database, file));
      assert.deepEqual(
        checkpointsIn(file)
          .slice(before)
          .map((c) => [c.chain, c.rows]),
        [[clinicId, 4]],
      );
    });

    test('verify catches the newest row deleted and the head set back to the previous hash and count', async () => {
      const file = anchorFile('rewind');
      const clinicId = await clinicWithRows(5);
      assert.equal((await runCli(['audit', 'anchor'], envFor(dialect, database, file))).code, 0);
      const db = database.handle.db;
      const row4 = await db
        .selectFrom('audit_log')
        .select('hash')
        .where('chain_id', '=', clinicId)
        .where('seq', '=', 4)
        .executeTakeFirstOrThrow();
      await sql`delete from audit_log where chain_id = ${clinicId} and seq = 5`.execute(db);
      await sql`update audit_head set row_count = 4, last_hash = ${row4.hash} where chain_id = ${clinicId}`.execute(
        db,
      );

      const withoutAnchor = await runCli(['audit', 'verify'], envFor(dialect, database));
      assert.equal(withoutAnchor.code, 0, 'the database alone cannot tell');
      assert.match(withoutAnchor.stdout, /No anchor file \(AUDIT_ANCHOR_FILE is unset\)/);

      const verified = await runCli(['audit', 'verify'], envFor(dialect, database, file));
      assert.equal(verified.code, 1, verified.stdout);
      assert.match(
        verified.stderr,
        new RegExp(
          `chain ${clinicId} is broken at row 5: row 5 is missing: the anchor file recorded 5 rows at `,
        ),
      );

      const lines = checkpointsIn(file).length;
      const refused = await runCli(['audit', 'anchor'], envFor(dialect, database, file));
      assert.equal(refused.code, 1);
      assert.match(refused.stderr, new RegExp(`chain ${clinicId} was not anchored: its head says 4 rows`));
      assert.equal(checkpointsIn(file).length, lines, 'the cut-back chain is not anchored as it stands');
      await sql`delete from clinic where id = ${clinicId}`.execute(db);
      await sql`delete from audit_log where chain_id = ${clinicId}`.execute(db);
      await sql`delete from audit_head where chain_id = ${clinicId}`.execute(db);
    });

    test('verify catches a clinic whose whole chain was deleted with its head, even with the clinic', async () => {
      const file = anchorFile('whole');
      const kept = await clinicWithRows(2);
      const gone = await clinicWithRows(3);
      assert.equal((await runCli(['audit', 'anchor'], envFor(dialect, database, file))).code, 0);
      const db = database.handle.db;
      await sql`delete from audit_log where chain_id in (${kept}, ${gone})`.execute(db);
      await sql`delete from audit_head where chain_id in (${kept}, ${gone})`.execute(db);
      await sql`delete from clinic where id = ${gone}`.execute(db);

      const withoutAnchor = await runCli(['audit', 'verify'], envFor(dialect, database));
      assert.equal(withoutAnchor.code, 1);
      assert.match(
        withoutAnchor.stderr,
        new RegExp(
          `chain ${kept} is broken at row 0: the chain head is missing: the chain was deleted with its head`,
        ),
      );
      assert.doesNotMatch(
        withoutAnchor.stderr,
        new RegExp(gone),
        'without its clinic row, only the anchor knows',
      );

      const verified = await runCli(['audit', 'verify'], envFor(dialect, database, file));
      assert.equal(verified.code, 1);
      assert.match(verified.stderr, new RegExp(`chain ${kept} is broken at row 1: rows 1 to 2 are missing`));
      assert.match(
        verified.stderr,
        new RegExp(
          `chain ${gone} is broken at row 1: rows 1 to 3 are missing: the anchor file recorded 3 rows`,
        ),
      );
      await sql`delete from clinic where id = ${kept}`.execute(db);
    });

    test('verify names the anchor file when it is set but missing, and passes intact chains that match it', async () => {
      const file = anchorFile('fresh');
      const missing = await runCli(['audit', 'verify'], envFor(dialect, database, file));
      assert.equal(missing.code, 1);
      assert.match(missing.stderr, /does not exist: nothing to check the chains against/);
      await clinicWithRows(2);
      assert.equal((await runCli(['audit', 'anchor'], envFor(dialect, database, file))).code, 0);
      const ok = await runCli(['audit', 'verify'], envFor(dialect, database, file));
      assert.equal(ok.code, 0, ok.stderr);
      assert.match(ok.stdout, /audit chains are intact and match the anchor file/);
      assert.match(ok.stdout, /extends its checkpoint of/);
    });

    test('anchor without AUDIT_ANCHOR_FILE says how to set it', async () => {
      const res = await runCli(['audit', 'anchor'], envFor(dialect, database));
      assert.equal(res.code, 2);
      assert.match(res.stderr, /Set AUDIT_ANCHOR_FILE/);
    });

    if (dialect === 'postgres') {
      test('two processes anchoring at once write each checkpoint once (advisory lock)', async () => {
        const file = anchorFile('two');
        for (let i = 0; i < 3; i++) await clinicWithRows(2);
        const handles: DatabaseHandle[] = [
          await openPostgres(database.location, 2),
          await openPostgres(database.location, 2),
        ];
        try {
          const runs = await Promise.all(
            handles.map((handle) => anchorChains(handle, new AnchorFile(file), () => new Date())),
          );
          const chains = checkpointsIn(file).map((c) => c.chain);
          assert.equal(new Set(chains).size, chains.length, 'a chain was anchored twice');
          assert.equal(
            runs.reduce((n, run) => n + run.written.length, 0),
            chains.length,
          );
        } finally {
          for (const handle of handles) await handle.close();
        }
      });
    }
  });
}

describe('the server anchors the chain heads', () => {
  test('at start and at shutdown, warning when the anchor file is on the database’s disk', async () => {
    const database = await freshDatabase('sqlite', { migrate: false });
    const file = join(database.dataDir, 'anchor.jsonl');
    let server: ServerProcess | undefined;
    try {
      server = await startServerProcess({
        DATA_DIR: database.dataDir,
        DATABASE_URL: '',
        SOTCHART_DEMO: '0',
        LOG_LEVEL: 'warn',
        AUDIT_ANCHOR_FILE: file,
        AUDIT_ANCHOR_MINUTES: '10',
      });
      // The start's checkpoints are written in the background; wait for them before signing in.
      for (let waited = 0; !existsSync(file); waited += 50) {
        assert.ok(waited < 60_000, 'the server wrote no checkpoint at start');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const login = await fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'nobody@example.org', password: 'not-the-password-at-all' }),
      });
      assert.equal(login.status, 401);
      assert.equal(await server.stop('SIGTERM'), 0);
      assert.match(server.output(), /AUDIT_ANCHOR_FILE \(.+\) is on the same disk as the database/);
      assert.ok(existsSync(file), 'no anchor file was written');
      // The failed sign-in went into the system chain after the start's checkpoint: shutdown anchored it.
      const system = checkpointsIn(file).filter((c) => c.chain === 'system');
      assert.deepEqual(
        system.map((c) => c.rows),
        [0, 1],
      );
    } finally {
      if (server !== undefined && server.child.exitCode === null && server.child.signalCode === null)
        await server.stop('SIGKILL');
      await database.drop();
    }
  });
});
