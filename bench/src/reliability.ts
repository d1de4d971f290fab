// Runs every reliability check in full, then writes the figures into BENCHMARKS.md:
// `npm run reliability`. Short versions of each run inside `npm test` (the *.int.test.ts beside them).
import { runConcurrencyChecks } from './draft-concurrency';
import { runCrashSafety } from './crash-safety';
import { runMalformedSweep } from './malformed-input';
import { saveResult } from './report/results';
import { writeBenchmarks } from './report/write-benchmarks';
import { printScaleOut, runScaleOut } from './scale-out';

const checks: readonly { readonly name: string; readonly run: () => Promise<unknown> }[] = [
  { name: 'crash safety', run: () => runCrashSafety() },
  { name: 'malformed input', run: () => runMalformedSweep(10_000) },
  { name: 'concurrency', run: () => runConcurrencyChecks() },
  {
    name: 'scale-out',
    run: async () => {
      console.log('scale-out: two servers over one PostgreSQL database');
      const report = await runScaleOut(
        { clients: 50, drafts: 5, writesPerClient: 20, addendaPerClient: 4 },
        { trials: 20, minAcks: 100, killWindowMs: 500, workers: 8, log: console.log },
      );
      printScaleOut(report);
      saveResult('scale-out', report);
    },
  },
];

for (const check of checks) {
  const started = performance.now();
  await check.run();
  console.log(`(${check.name}: ${((performance.now() - started) / 1000).toFixed(0)} s)\n`);
}
await writeBenchmarks();
