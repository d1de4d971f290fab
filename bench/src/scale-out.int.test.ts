import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { runCrashTrials } from './crash-safety';
import { checkTwoServers } from './scale-out';

// The short version of `npm run reliability`'s scale-out check: two servers over one PostgreSQL.
describe('two servers over one PostgreSQL database', () => {
  test('share sessions and records, and concurrent saves through both land or get 409', async () => {
    const { session, concurrency } = await checkTwoServers({
      clients: 50,
      drafts: 3,
      writesPerClient: 2,
      addendaPerClient: 1,
    });
    assert.deepEqual(session, { sessionOnOther: true, writeVisibleOnOther: true, logoutEndsBoth: true });
    assert.deepEqual(concurrency.unexpected, []);
    assert.equal(concurrency.duplicateVersions, 0);
    assert.equal(concurrency.versionGaps, 0);
    assert.deepEqual(concurrency.finalMismatches, []);
    assert.equal(concurrency.addenda.landed, 50);
    assert.equal(concurrency.addenda.contiguous, true);
  });

  test('keep every acknowledged write when one of them is killed', async () => {
    const report = await runCrashTrials('postgres', {
      trials: 1,
      minAcks: 100,
      killWindowMs: 200,
      workers: 6,
      servers: 2,
    });
    assert.deepEqual(report.trials[0]?.problems, []);
    assert.equal(report.trials[0]?.auditChainsOk, true);
  });
});
