import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dialects } from '@sotchart/test-support';
import { runCrashTrials } from './crash-safety';

// The short version of `npm run reliability`'s crash check: one SIGKILL trial per dialect.
describe(runCrashTrials.name, () => {
  for (const dialect of dialects) {
    test(`keeps every acknowledged visit and addendum across a SIGKILL on ${dialect}`, async () => {
      const report = await runCrashTrials(dialect, {
        trials: 1,
        minAcks: 100,
        killWindowMs: 200,
        workers: 6,
        servers: 1,
      });
      const [trial] = report.trials;
      assert.ok(trial !== undefined);
      assert.ok(trial.ackedWrites >= 100, `only ${trial.ackedWrites} writes were acknowledged`);
      assert.deepEqual(trial.problems, []);
      assert.equal(trial.lost, 0);
      assert.equal(trial.damaged, 0);
      assert.equal(trial.unaudited, 0);
      assert.equal(trial.integrityOk, true);
      assert.equal(trial.auditChainsOk, true);
    });
  }
});
