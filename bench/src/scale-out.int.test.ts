import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { runScaleOut } from './scale-out';

// The short version of `npm run reliability`'s scale-out check: two servers over one PostgreSQL.
describe(runScaleOut.name, () => {
  test('two servers share sessions and records; concurrent saves and a crash hold across both', async () => {
    const report = await runScaleOut(
      { clients: 50, drafts: 3, writesPerClient: 2, addendaPerClient: 1 },
      { trials: 1, minAcks: 100, killWindowMs: 200, workers: 6 },
    );
    assert.deepEqual(report.session, {
      sessionOnOther: true,
      writeVisibleOnOther: true,
      logoutEndsBoth: true,
    });
    assert.deepEqual(report.concurrency.unexpected, []);
    assert.equal(report.concurrency.duplicateVersions, 0);
    assert.equal(report.concurrency.versionGaps, 0);
    assert.deepEqual(report.concurrency.finalMismatches, []);
    assert.equal(report.concurrency.addenda.landed, 50);
    assert.equal(report.concurrency.addenda.contiguous, true);
    assert.deepEqual(report.crash.trials[0]?.problems, []);
    assert.equal(report.crash.trials[0]?.auditChainsOk, true);
  });
});
