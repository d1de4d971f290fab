import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { webDistDir } from '@sotchart/server/http/web-app';
import { n2, verdict } from './figure-format';
import { benchCommand, type SummaryRow } from './summary-row';

/** A figure from another section of BENCHMARKS.md, or null when the section does not hold it. */
function quoted(markdown: string, section: string, pattern: RegExp): string | null {
  const start = markdown.indexOf(`\n## ${section}\n`);
  if (start < 0) return null;
  const end = markdown.indexOf('\n## ', start + 4);
  const text = markdown.slice(start, end < 0 ? undefined : end);
  return pattern.exec(text)?.[1] ?? null;
}

/** The gzipped size in kB of the built chunk whose file name starts with `prefix`. */
function chunkKb(prefix: string): number | null {
  try {
    const file = readdirSync(`${webDistDir}/assets`).find((f) => f.startsWith(prefix) && f.endsWith('.js'));
    return file === undefined ? null : gzipSync(readFileSync(`${webDistDir}/assets/${file}`)).length / 1000;
  } catch {
    return null;
  }
}

/** The engine ratio: the saved run's, else the one the Engine section quotes. */
function engineRow(markdown: string, saved: number | undefined): SummaryRow[] {
  const engineQuoted = quoted(markdown, 'Engine', /\*\*([\d.]+)×\*\*/);
  const ratio = saved ?? (engineQuoted === null ? null : Number(engineQuoted));
  if (ratio === null) return [];
  return [
    {
      figure: '`analyze` + `blockingPlan` vs JSON round trip of the visit (Engine)',
      value: `${n2(ratio)}× the time`,
      baseline: 'JSON round trip',
      ratio: n2(ratio),
      target: '≤ 2',
      verdict: verdict(ratio <= 2, 'engine'),
      command: benchCommand,
    },
  ];
}

/** The entry chunk of the last build, when there is one. */
function bundleRow(): SummaryRow[] {
  const entry = chunkKb('index-');
  if (entry === null) return [];
  return [
    {
      figure: 'Initial JavaScript, sign-in and patient list, gzip (Web)',
      value: `${entry.toFixed(1)} kB`,
      baseline: '150 kB budget',
      ratio: n2(entry / 150),
      target: '≤ 150 kB',
      verdict: verdict(entry <= 150, 'bundle'),
      command: 'npm run build',
    },
  ];
}

/** The input count the Charting section quotes from its browser test. */
function inputsRow(markdown: string): SummaryRow[] {
  const inputs = quoted(markdown, 'Charting', /\*\*(\d+) inputs\*\*/);
  if (inputs === null) return [];
  return [
    {
      figure: 'Inputs for a Category II visit, red flags to signature (Charting)',
      value: inputs,
      baseline: '30',
      ratio: n2(Number(inputs) / 30),
      target: '≤ 30',
      verdict: verdict(Number(inputs) <= 30, 'inputs'),
      command: 'node --import tsx --test e2e/src/charting-category-two.test.ts',
    },
  ];
}

/** The rows whose figures come from the hand-written sections (engine, charting) and the build. */
export function quotedRows(markdown: string, engineRatio: number | undefined): SummaryRow[] {
  return [...engineRow(markdown, engineRatio), ...bundleRow(), ...inputsRow(markdown)];
}
