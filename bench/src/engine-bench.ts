// Engine benchmark: analyze + blockingPlan on an already validated, realistic visit, reported as
// analyses per second and as a ratio to JSON.parse(JSON.stringify(visit)) measured in the same run
// (target: at most 2×). Validation is timed and reported on its own line.
//   node --import tsx bench/src/engine-bench.ts        (or `npm run bench` for every benchmark)
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import {
  analyze,
  blockingPlan,
  defaultPack,
  runEngine,
  validateFindings,
  type Finding,
} from '@sotchart/engine';

/** One measured operation: operations per second (median of the rounds) and time per operation. */
export interface Measurement {
  readonly name: string;
  readonly opsPerSecond: number;
  readonly microsPerOp: number;
}

/** The engine benchmark's figures. */
export interface EngineBenchReport {
  readonly findings: number;
  readonly analyzePlan: Measurement;
  readonly jsonRoundTrip: Measurement;
  readonly ratio: number;
  readonly validation: Measurement;
  readonly fullSnapshot: Measurement;
}

const ROUNDS = 9;
const ROUND_MS = 200;

/** A realistic Category I visit: the shipped example plus occipital, cranial and Category II findings. */
function realisticVisit(): { findings: Finding[] } {
  const url = new URL('../../packages/engine/examples/category-i.json', import.meta.url);
  const file = JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as { findings: unknown };
  const extra: Finding[] = [
    { indicator: 'inguinal_tenderness', phase: 'pre', side: 'none', positive: false },
    { indicator: 'first_rib_fixation', phase: 'pre', side: 'R', positive: true },
    { indicator: 'occipital_fibers', phase: 'pre', side: 'R', site: { line: 3, area: 6 }, grade: 1 },
    { indicator: 'head_tilt', phase: 'pre', side: 'L', positive: true },
    {
      indicator: 'cranial_restriction',
      phase: 'pre',
      side: 'L',
      site: { structure: 'sphenoid' },
      positive: true,
    },
    { indicator: 'occipital_fibers', phase: 'post', side: 'R', site: { line: 1, area: 3 }, grade: 0 },
  ];
  const parsed = validateFindings([...(file.findings as Finding[]), ...extra], defaultPack);
  if (!parsed.ok) throw new Error(`benchmark visit is invalid: ${JSON.stringify(parsed.error.details)}`);
  return { findings: parsed.value };
}

let sink = 0;

/**
 * Times each operation in interleaved rounds (every round runs every operation back to back), so
 * the operations see the same machine load; returns each one's median rate and the per-round rates.
 */
function measure(ops: readonly { name: string; op: () => number }[]): { m: Measurement; rates: number[] }[] {
  for (const { op } of ops) for (let i = 0; i < 2000; i++) sink += op();
  const rates = ops.map(() => [] as number[]);
  for (let round = 0; round < ROUNDS; round++) {
    ops.forEach(({ op }, k) => {
      let n = 0;
      const start = performance.now();
      let elapsed = 0;
      while (elapsed < ROUND_MS) {
        for (let i = 0; i < 100; i++) sink += op();
        n += 100;
        elapsed = performance.now() - start;
      }
      rates[k]?.push((n / elapsed) * 1000);
    });
  }
  return ops.map(({ name }, k) => {
    const r = rates[k] ?? [];
    const opsPerSecond = median(r);
    return { m: { name, opsPerSecond, microsPerOp: 1e6 / opsPerSecond }, rates: r };
  });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Measures the engine and prints the figures. */
export function runEngineBench(): EngineBenchReport {
  const visit = realisticVisit();
  const { findings } = visit;
  const [json, engine, valid, full] = measure([
    {
      name: 'JSON.parse(JSON.stringify(visit))',
      op: () => (JSON.parse(JSON.stringify(visit)) as { findings: unknown[] }).findings.length,
    },
    {
      name: 'analyze + blockingPlan',
      op: () => {
        const analysis = analyze(findings, defaultPack);
        return analysis.counted.length + (blockingPlan(analysis, findings, defaultPack)?.blocks.length ?? 0);
      },
    },
    {
      name: 'validateFindings',
      op: () => {
        const result = validateFindings(findings, defaultPack);
        return result.ok ? result.value.length : 0;
      },
    },
    {
      name: 'runEngine (analysis, plan, CMRT, verification, heel lift, coding)',
      op: () => runEngine({ findings, overrides: [], coding: null }, defaultPack).verification.items.length,
    },
  ]);
  if (json === undefined || engine === undefined || valid === undefined || full === undefined)
    throw new Error('missing measurement');
  // Paired per round: the engine's time per op over JSON's in the same round.
  const ratio = median(engine.rates.map((r, i) => (json.rates[i] ?? 0) / r));
  const report: EngineBenchReport = {
    findings: findings.length,
    analyzePlan: engine.m,
    jsonRoundTrip: json.m,
    ratio,
    validation: valid.m,
    fullSnapshot: full.m,
  };
  print(report);
  return report;
}

function print(r: EngineBenchReport): void {
  const row = (m: Measurement): string =>
    `  ${m.name.padEnd(60)} ${Math.round(m.opsPerSecond).toLocaleString('en-US').padStart(10)} /s  ${m.microsPerOp.toFixed(1).padStart(7)} µs`;
  console.log(
    `Engine (visit of ${r.findings} findings, median of ${ROUNDS} interleaved rounds of ${ROUND_MS} ms each)`,
  );
  for (const m of [r.analyzePlan, r.jsonRoundTrip, r.validation, r.fullSnapshot]) console.log(row(m));
  console.log(
    `  analyze + blockingPlan / JSON round trip: ${r.ratio.toFixed(2)}× (median of per-round ratios; target ≤ 2×)`,
  );
  if (sink === -1) console.log('');
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) runEngineBench();
