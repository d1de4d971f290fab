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
import { blockText, mergeKeyed, withKeptSubsections } from './carry-over';
import { replaceBlock } from './replace-block';
import { loadSavedRuns } from './saved-runs';
import { summaryRows } from './summary-rows';
import { summarySection, summaryTableRows } from './summary-section';

const benchmarksFile = fileURLToPath(new URL('../../../BENCHMARKS.md', import.meta.url));

/** Rewrites this writer's blocks of BENCHMARKS.md from the saved results (formatted like the rest). */
export async function writeBenchmarks(): Promise<void> {
  let markdown = readFileSync(benchmarksFile, 'utf8');
  const runs = loadSavedRuns();
  // Figures of harnesses with no saved run here stay as the file had them (see carry-over.ts).
  const previousRows = summaryTableRows(blockText(markdown, 'summary'));
  const fresh = summaryRows(runs, markdown);
  const rows = mergeKeyed(previousRows, fresh, (r) => r.figure);
  const carried = rows.length - fresh.length;
  markdown = replaceBlock(markdown, 'summary', summarySection(runs, rows, carried), true);
  for (const [name, section] of [
    ['load-and-scale', loadSection(runs)],
    ['reliability', reliabilitySection(runs)],
  ] as const) {
    markdown = replaceBlock(markdown, name, withKeptSubsections(blockText(markdown, name), section), false);
  }
  const options = (await prettier.resolveConfig(benchmarksFile)) ?? {};
  writeFileSync(benchmarksFile, await prettier.format(markdown, { ...options, parser: 'markdown' }));
  console.log(`BENCHMARKS.md: summary (${rows.length} rows), load and scale, reliability written`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await writeBenchmarks();
