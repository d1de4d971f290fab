// Runs every benchmark in turn: `npm run bench`. Add a benchmark by adding one entry.
import { runDayListBench } from './day-list-bench';
import { runEngineBench } from './engine-bench';
import { runExportBench } from './export-bench';
import { runNavigationBench } from './navigation-bench';
import { saveResult } from './report/results';
import { writeBenchmarks } from './report/write-benchmarks';
import { runScaleBench } from './scale-bench';
import { runThroughputBench } from './throughput-bench';

const benches: readonly { readonly name: string; readonly run: () => unknown }[] = [
  { name: 'engine', run: runEngineBench },
  { name: 'throughput', run: () => runThroughputBench() },
  { name: 'scale', run: () => runScaleBench() },
  { name: 'export', run: () => runExportBench() },
  { name: 'navigation', run: () => runNavigationBench() },
  { name: 'day-list', run: () => runDayListBench() },
];

for (const bench of benches) {
  const result = await bench.run();
  // The summary table in BENCHMARKS.md quotes the engine ratio of this same run.
  if (bench.name === 'engine') saveResult('engine', result);
  console.log('');
}
await writeBenchmarks();
