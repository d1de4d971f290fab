// Writes the saved figures of the last full runs into BENCHMARKS.md: the summary table near the top
// and the "Load and scale" and "Reliability" sections at the end. Everything between this writer's
// markers is replaced; every other section (engine, web, charting) is left as its authors wrote it,
// and the summary quotes their figures.
//   node --import tsx bench/src/report/write-benchmarks.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { loadSection } from './load-section';
import { reliabilitySection } from './reliability-section';
import { replaceBlock } from './replace-block';
import { loadSavedRuns } from './saved-runs';
import { summaryRows } from './summary-rows';
import { summarySection } from './summary-section';

const benchmarksFile = fileURLToPath(new URL('../../../BENCHMARKS.md', import.meta.url));

/** Rewrites this writer's blocks of BENCHMARKS.md from the saved results (formatted like the rest). */
export async function writeBenchmarks(): Promise<void> {
  let markdown = readFileSync(benchmarksFile, 'utf8');
  const runs = loadSavedRuns();
  const rows = summaryRows(runs, markdown);
  markdown = replaceBlock(markdown, 'summary', summarySection(runs, rows), true);
  markdown = replaceBlock(markdown, 'load-and-scale', loadSection(runs), false);
  markdown = replaceBlock(markdown, 'reliability', reliabilitySection(runs), false);
  const options = (await prettier.resolveConfig(benchmarksFile)) ?? {};
  writeFileSync(benchmarksFile, await prettier.format(markdown, { ...options, parser: 'markdown' }));
  console.log(`BENCHMARKS.md: summary (${rows.length} rows), load and scale, reliability written`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await writeBenchmarks();
