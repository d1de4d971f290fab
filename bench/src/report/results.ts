import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { benchRoot } from '../dataset/dataset';

/** The machine a figure was measured on. */
export interface Machine {
  readonly cores: number;
  readonly cpu: string;
  readonly memoryGiB: number;
  readonly node: string;
  /** 1-minute load average when the figures were saved (the harness's own processes included). */
  readonly loadAverage?: number;
}

/** A harness's figures as saved by its last full run, for BENCHMARKS.md. */
export interface SavedResult<T> {
  readonly name: string;
  readonly measuredAt: string;
  readonly machine: Machine;
  readonly data: T;
}

const resultsDir = join(benchRoot, 'results');

export function machine(): Machine {
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    loadAverage: Math.round((loadavg()[0] ?? 0) * 10) / 10,
  };
}

/** Saves a harness's figures (in the OS temp folder, beside the data sets). */
export function saveResult<T>(name: string, data: T): void {
  mkdirSync(resultsDir, { recursive: true });
  const saved: SavedResult<T> = { name, measuredAt: new Date().toISOString(), machine: machine(), data };
  writeFileSync(join(resultsDir, `${name}.json`), JSON.stringify(saved, null, 2));
}

export function loadResult<T>(name: string): SavedResult<T> | undefined {
  const file = join(resultsDir, `${name}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as SavedResult<T>) : undefined;
}
