// Runs every benchmark in turn: `npm run bench`. Add a benchmark by adding one entry.
import { runEngineBench } from './engine-bench';

const benches: readonly { readonly name: string; readonly run: () => unknown }[] = [
  { name: 'engine', run: runEngineBench },
];

for (const bench of benches) {
  await bench.run();
  console.log('');
}
