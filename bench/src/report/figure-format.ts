import type { DialectName } from '@sotchart/server/db/connect';
import type { SavedResult } from './results';

/** How BENCHMARKS.md writes a figure: whole numbers grouped, ratios to two places, units spelt out. */
export const n0 = (v: number): string => Math.round(v).toLocaleString('en-US');
export const n2 = (v: number): string => v.toFixed(2);
export const ms = (v: number): string => (v < 10 ? `${v.toFixed(2)} ms` : `${v.toFixed(0)} ms`);
export const mib = (v: number): string => `${v.toFixed(0)} MiB`;
export const verdict = (ok: boolean, why: string): string => (ok ? 'met' : `**missed**: ${why}`);
export const dialectName = (d: DialectName): string => (d === 'sqlite' ? 'SQLite' : 'PostgreSQL');
/** When a harness saved its figures, to the minute: "2026-03-01 10:11". */
export const measuredAt = (saved: SavedResult<unknown>): string =>
  saved.measuredAt.slice(0, 16).replace('T', ' ');

/** A Markdown table (prettier aligns its columns afterwards). */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
