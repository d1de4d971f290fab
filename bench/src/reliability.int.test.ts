import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { dialects } from '@sotchart/test-support';
import { crashTrialsOn } from './crash-safety';
import { checkDraftConcurrency } from './draft-concurrency';
import { malformedSweepOn } from './malformed-input';
import { startChildServer, type ChildServer } from './support/child-server';
import { signInHttp, type HttpSession } from './support/http-session';
import { scratchDatabase, type ScratchDatabase } from './support/scratch-database';

// The short versions of `npm run reliability`'s checks, on one real server process per dialect (in this
// order: the malformed sweep needs the data untouched by the others; the crash trial restarts the server).
for (const dialect of dialects) {
  describe(`reliability checks, short, on ${dialect}`, () => {
    let database: ScratchDatabase;
    const servers: ChildServer[] = [];
    let session: HttpSession;

    before(async () => {
      database = await scratchDatabase(dialect, 'reliability');
      servers.push(await startChildServer(database.env));
      session = await signInHttp((servers[0] as ChildServer).url, database.email, database.password);
    });
    after(async () => {
      for (const server of servers) await server.stop('SIGKILL');
      await database.drop();
    });

    test('answers malformed requests on every route without a 5xx and changes no data', async () => {
      const report = await malformedSweepOn(database, servers[0] as ChildServer, session, {
        requests: 500,
        concurrency: 4,
        seed: 7,
      });
      assert.ok(report.operations >= 30, `only ${report.operations} operations in the OpenAPI document`);
      assert.deepEqual(report.serverErrorSamples, []);
      assert.equal(report.serverErrors, 0);
      assert.deepEqual(report.acceptedWrites, []);
      assert.deepEqual(report.changedTables, []);
      assert.equal(report.healthyAfter, true);
    });

    test('lands or refuses every concurrent draft save and keeps the last acknowledged one', async () => {
      const report = await checkDraftConcurrency([(servers[0] as ChildServer).url], session, {
        clients: 50,
        drafts: 3,
        writesPerClient: 2,
        addendaPerClient: 1,
      });
      assert.deepEqual(report.unexpected, []);
      assert.equal(report.landed + report.conflicts, report.attempts);
      assert.ok(report.landed >= 3, `only ${report.landed} saves landed`);
      assert.equal(report.duplicateVersions, 0);
      assert.equal(report.versionGaps, 0);
      assert.deepEqual(report.finalMismatches, []);
      assert.deepEqual(report.addenda.unexpected, []);
      assert.equal(report.addenda.landed, 50);
      assert.equal(report.addenda.contiguous, true);
    });

    test('keeps every acknowledged visit and addendum across a SIGKILL', async () => {
      const report = await crashTrialsOn(database, servers, session, {
        trials: 1,
        minAcks: 100,
        killWindowMs: 200,
        workers: 6,
      });
      const [trial] = report.trials;
      assert.ok(trial !== undefined);
      assert.ok(trial.ackedWrites >= 100, `only ${trial.ackedWrites} writes were acknowledged`);
      assert.deepEqual(trial.problems, []);
      assert.equal(trial.integrityOk, true);
      assert.equal(trial.auditChainsOk, true);
    });
  });
}
