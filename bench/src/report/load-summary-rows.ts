import type { ExportReport } from '../export-bench';
import type { NavigationReport } from '../navigation-bench';
import type { ScaleReport } from '../scale-bench';
import { throughputRatios, type ThroughputReport } from '../throughput-bench';
import { dialectName, mib, ms, n0, n2, verdict } from './figure-format';
import { requestCostRows, type SavedProfiles } from './request-cost';
import { benchCommand, type SummaryRow } from './summary-row';

function throughputRowsOf(r: ThroughputReport, profiles: SavedProfiles): SummaryRow[] {
  const q = throughputRatios(r);
  const db = dialectName(r.dialect);
  return [
    ...requestCostRows(r, profiles),
    {
      figure: `Draft save vs trivial route (d/b), ${db}`,
      value: `${n0(r.draftSave.requestsPerSecond)} req/s`,
      baseline: `${n0(r.trivial.requestsPerSecond)} req/s`,
      ratio: n2(q.draftSaveToTrivial),
      target: '—',
      verdict: 'reported',
      command: benchCommand,
    },
    {
      figure: `POST /api/analyze vs trivial route (e/b), ${db}`,
      value: `${n0(r.analyze.requestsPerSecond)} req/s`,
      baseline: `${n0(r.trivial.requestsPerSecond)} req/s`,
      ratio: n2(q.analyzeToTrivial),
      target: '—',
      verdict: 'reported',
      command: benchCommand,
    },
  ];
}

/** PostgreSQL against SQLite on the same routes, when both were measured. */
function dialectRows(throughput: readonly ThroughputReport[]): SummaryRow[] {
  const sqlite = throughput.find((r) => r.dialect === 'sqlite');
  const postgres = throughput.find((r) => r.dialect === 'postgres');
  if (sqlite === undefined || postgres === undefined) return [];
  return (
    [
      ['timeline', 'timeline'],
      ['draft save', 'draftSave'],
    ] as const
  ).map(([name, key]) => {
    const ratio = postgres[key].requestsPerSecond / sqlite[key].requestsPerSecond;
    return {
      figure: `PostgreSQL vs SQLite, ${name} (same durability)`,
      value: `${n0(postgres[key].requestsPerSecond)} req/s`,
      baseline: `${n0(sqlite[key].requestsPerSecond)} req/s`,
      ratio: n2(ratio),
      target: '≥ 0.50 (within 2×)',
      verdict: verdict(ratio >= 0.5, 'network round trips per query to the database process'),
      command: benchCommand,
    };
  });
}

/** The throughput rows of each database, then PostgreSQL against SQLite. */
export function throughputRows(
  throughput: readonly ThroughputReport[],
  profiles: SavedProfiles,
): SummaryRow[] {
  return [...throughput.flatMap((r) => throughputRowsOf(r, profiles)), ...dialectRows(throughput)];
}

export function scaleRows(scale: readonly ScaleReport[]): SummaryRow[] {
  return scale.flatMap((r) => {
    const db = dialectName(r.dialect);
    const sizes = `${n0(r.large.patients)} vs ${n0(r.small.patients)} patients, ${db}`;
    return [
      {
        figure: `Timeline p50, ${sizes}`,
        value: ms(r.large.timeline.p50Ms),
        baseline: ms(r.small.timeline.p50Ms),
        ratio: n2(r.timelineRatio),
        target: '≤ 1.3',
        verdict: verdict(
          r.timelineRatio <= 1.3,
          'the 100 000-patient database is 13–15 GB against 170–230 MB, so fewer of the pages a request reads are cached',
        ),
        command: benchCommand,
      },
      {
        figure: `Patient search p50, ${sizes}`,
        value: ms(r.large.search.p50Ms),
        baseline: ms(r.small.search.p50Ms),
        ratio: n2(r.searchRatio),
        target: '≤ 1.3',
        verdict: verdict(r.searchRatio <= 1.3, 'the search reads more of the key index; see Scale'),
        command: benchCommand,
      },
      {
        figure: `Server RSS under load, ${sizes}`,
        value: mib(r.large.peakRssMiB),
        baseline: mib(r.small.peakRssMiB),
        ratio: n2(r.large.peakRssMiB / r.small.peakRssMiB),
        target: '—',
        verdict: 'reported',
        command: benchCommand,
      },
    ];
  });
}

export function navigationRows(navigation: NavigationReport | undefined): SummaryRow[] {
  if (navigation === undefined) return [];
  return [
    {
      figure: 'Navigation to an interactive charting screen, median of 10, headless Chromium',
      value: `${ms(navigation.coldMedianMs)} cold`,
      baseline: `${ms(navigation.warmMedianMs)} warm`,
      ratio: n2(navigation.coldMedianMs / navigation.warmMedianMs),
      target: '—',
      verdict: 'reported',
      command: benchCommand,
    },
  ];
}

export function exportRows(exported: readonly ExportReport[]): SummaryRow[] {
  return exported.map((r) => ({
    figure: `CSV export of ${n0(r.rows)} visits, ${dialectName(r.dialect)}`,
    value: `${r.seconds.toFixed(1)} s, peak RSS ${mib(r.peakRssMiB)}`,
    baseline: `${n0(r.rowsPerSecond)} rows/s`,
    ratio: '—',
    target: '—',
    verdict: 'reported',
    command: benchCommand,
  }));
}
