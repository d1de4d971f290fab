import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dialects } from '@sotchart/test-support';
import { runDraftConcurrency } from './draft-concurrency';

// The short version of `npm run reliability`'s concurrency check: 50 clients, 3 saves each.
describe(runDraftConcurrency.name, () => {
  for (const dialect of dialects) {
    test(`lands or refuses every concurrent draft save and keeps the last acknowledged one on ${dialect}`, async () => {
      const report = await runDraftConcurrency(dialect, 1, {
        clients: 50,
        drafts: 3,
        writesPerClient: 3,
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
  }
});
