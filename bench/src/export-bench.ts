// CSV export of 1 000 000 visits (the 100 000-patient data set): wall time and peak RSS of
// `sotchart export csv --table visits --out FILE`, on SQLite and PostgreSQL.
//   node --import tsx bench/src/export-bench.ts        (or `npm run bench`)
import { spawn } from 'node:child_process';
import { createReadStream, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DialectName } from '@sotchart/server/db/connect';
import { benchRoot, datasetEnv, ensureDataset } from './dataset/dataset';
import { saveResult } from './report/results';

export interface ExportReport {
  readonly dialect: DialectName;
  readonly visits: number;
  /** Data lines written (the header line excluded). */
  readonly rows: number;
  readonly bytes: number;
  readonly seconds: number;
  readonly rowsPerSecond: number;
  readonly peakRssMiB: number;
}

const serverBin = fileURLToPath(new URL('../../packages/server/bin/sotchart.js', import.meta.url));

/** Counts records the way a CSV reader would: newlines outside double-quoted fields. */
async function countRecords(file: string): Promise<number> {
  let quoted = false;
  let records = 0;
  for await (const chunk of createReadStream(file)) {
    for (const byte of chunk as Buffer) {
      if (byte === 0x22) quoted = !quoted;
      else if (byte === 0x0a && !quoted) records += 1;
    }
  }
  return records;
}

/** Runs the export under /usr/bin/time, which reports the process's elapsed time and peak RSS. */
function timedExport(
  env: Record<string, string>,
  out: string,
): Promise<{ seconds: number; peakRssMiB: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      '/usr/bin/time',
      [
        '-f',
        'elapsed=%e maxrss=%M',
        process.execPath,
        serverBin,
        'export',
        'csv',
        '--table',
        'visits',
        '--out',
        out,
      ],
      { env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('exit', (code) => {
      const match = /elapsed=([\d.]+) maxrss=(\d+)/.exec(stderr);
      if (code !== 0 || match === null) {
        reject(new Error(`export failed (${code}): ${stderr.slice(-2000)}`));
        return;
      }
      resolve({ seconds: Number(match[1]), peakRssMiB: Number(match[2]) / 1024 });
    });
  });
}

export async function runExportBench(
  dialects: readonly DialectName[] = ['sqlite', 'postgres'],
  patients = 100_000,
): Promise<ExportReport[]> {
  const reports: ExportReport[] = [];
  for (const dialect of dialects) {
    const dataset = await ensureDataset(dialect, patients);
    const out = join(benchRoot, `export-visits-${dialect}.csv`);
    rmSync(out, { force: true });
    try {
      const { seconds, peakRssMiB } = await timedExport(datasetEnv(dataset), out);
      const rows = (await countRecords(out)) - 1;
      const report: ExportReport = {
        dialect,
        visits: dataset.visits,
        rows,
        bytes: statSync(out).size,
        seconds,
        rowsPerSecond: rows / seconds,
        peakRssMiB,
      };
      console.log(
        `CSV export on ${dialect}: ${rows} visits, ${(report.bytes / 2 ** 20).toFixed(0)} MiB in ${seconds.toFixed(1)} s ` +
          `(${report.rowsPerSecond.toFixed(0)} rows/s), peak RSS ${peakRssMiB.toFixed(0)} MiB`,
      );
      reports.push(report);
    } finally {
      rmSync(out, { force: true });
    }
  }
  saveResult('export', reports);
  return reports;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await runExportBench();
