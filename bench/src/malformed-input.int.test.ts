import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dialects } from '@sotchart/test-support';
import { runMalformedInput } from './malformed-input';

// The short version of `npm run reliability`'s malformed-input sweep: 600 requests per dialect.
describe(runMalformedInput.name, () => {
  for (const dialect of dialects) {
    test(`answers malformed requests on every route without a 5xx and changes no data on ${dialect}`, async () => {
      const report = await runMalformedInput(dialect, { requests: 600, concurrency: 4, seed: 7 });
      assert.ok(report.operations >= 30, `only ${report.operations} operations in the OpenAPI document`);
      assert.deepEqual(report.serverErrorSamples, []);
      assert.equal(report.serverErrors, 0);
      assert.deepEqual(report.acceptedWrites, []);
      assert.deepEqual(report.changedTables, []);
      assert.equal(report.healthyAfter, true);
    });
  }
});
