import type { ExportReport } from '../export-bench';
import type { NavigationReport } from '../navigation-bench';
import type { ScaleReport } from '../scale-bench';
import { durability, throughputRatios, type ThroughputReport } from '../throughput-bench';
import { dialectName, measuredAt, mib, ms, n0, n2, table } from './figure-format';
import type { SavedResult } from './results';
import { requestCostLines } from './request-cost';
import type { SavedRuns } from './saved-runs';

function throughputLines(throughput: SavedResult<ThroughputReport[]>): string[] {
  const first = throughput.data[0];
  return [
    `### API throughput (measured ${measuredAt(throughput)} UTC)`,
    '',
    `autocannon, ${first?.connections ?? '?'} connections, ${first?.seconds ?? '?'} s per figure after a 3 s warm-up, ` +
      `signed in (session cookie and CSRF token), on the ${n0(first?.patients ?? 0)}-patient data set. ` +
      '(a) is a bare Fastify hello-world (no logging) on the same Node; (b) is the full server stack — ' +
      'security headers, session lookup, permission check and one audit row, group-committed and durable ' +
      'before the answer — on a route that does nothing else; (c) a patient timeline (ten visits); (d) a draft ' +
      'save as the charting screen sends it (all findings with one measurement changed, engine re-run, findings ' +
      'rewritten, version checked), each connection saving its own draft; (d50) the same with 50 connections and ' +
      '50 drafts; (e) `POST /api/analyze` with 20 findings; (p) a path with no route, without a session cookie ' +
      '(every answer a 404: the cost every request pays). Server log level `warn`. ' +
      'Command: `node --import tsx bench/src/throughput-bench.ts [sqlite|postgres]`.',
    '',
    ...throughput.data.flatMap((r) => {
      const q = throughputRatios(r);
      return [
        `**${dialectName(r.dialect)}** — durability: ${durability[r.dialect]}. Server peak RSS ${mib(r.peakRssMiB)}.`,
        '',
        table(
          ['figure', 'req/s', 'p50', 'p99', 'non-2xx', 'errors'],
          // Runs saved before the session-only figure existed have none.
          [
            r.bare,
            r.publicNotFound,
            r.trivial,
            r.sessionOnly,
            r.timeline,
            r.draftSave,
            r.draftSave50,
            r.analyze,
          ]
            .filter((f) => f !== undefined)
            .map((f) => [
              f.name,
              n0(f.requestsPerSecond),
              `${f.p50Ms} ms`,
              `${f.p99Ms} ms`,
              String(f.non2xx),
              String(f.errors),
            ]),
        ),
        '',
        `Ratios: c/a **${n2(q.timelineToBare)}**, c/b **${n2(q.timelineToTrivial)}**, d/b **${n2(q.draftSaveToTrivial)}**, e/b **${n2(q.analyzeToTrivial)}**.`,
        '',
      ];
    }),
  ];
}

function scaleLines(scale: SavedResult<ScaleReport[]>): string[] {
  return [
    `### Scale: 1 000 vs 100 000 patients (measured ${measuredAt(scale)} UTC)`,
    '',
    'One clinic holding every patient, 10 visits each (9 signed, the newest a draft) with 20 findings per visit: ' +
      '100 000 patients are 1 000 000 visits and 20 000 000 finding rows (about 15 GB on SQLite). Latency is ' +
      '400 requests one after another on one kept-alive connection after a warm-up, rotating over 200 patients ' +
      '(timeline) or 100+ searches (search, first page of 25 by name): five-letter name prefixes and, for every ' +
      'fourth sampled patient, the name as the list shows it ("Family, Given"), the chart number’s digits or ' +
      'the family name with a letter missing; then 8 connections of autocannon load each route while the ' +
      'server’s RSS is sampled. The search walks the index of search keys (every word of the name in both ' +
      'orders, the chart number and its digits) in key order and stops when the page is full, so its cost does ' +
      'not grow with the clinic; a search that finds no one as typed then looks up each word in the typo keys ' +
      '(each name word and its one-letter deletions) by equality. A lone request’s latency is mostly its audit row: the ' +
      'group commit gathers for 2 ms, then waits for the fsync.',
    '',
    table(
      [
        'database',
        'figure',
        '1 000 p50',
        '100 000 p50',
        'ratio',
        '1 000 p99',
        '100 000 p99',
        'req/s under load (1k → 100k)',
      ],
      scale.data.flatMap((r) =>
        (['timeline', 'search'] as const).map((k) => [
          r.dialect,
          k,
          ms(r.small[k].p50Ms),
          ms(r.large[k].p50Ms),
          `**${n2(r.large[k].p50Ms / r.small[k].p50Ms)}**`,
          ms(r.small[k].p99Ms),
          ms(r.large[k].p99Ms),
          `${n0(k === 'timeline' ? r.small.timelineLoadRps : r.small.searchLoadRps)} → ${n0(k === 'timeline' ? r.large.timelineLoadRps : r.large.searchLoadRps)}`,
        ]),
      ),
    ),
    '',
    table(
      ['database', 'server peak RSS under load, 1 000 patients', '100 000 patients'],
      scale.data.map((r) => [r.dialect, mib(r.small.peakRssMiB), mib(r.large.peakRssMiB)]),
    ),
    '',
  ];
}

function exportLines(exported: SavedResult<ExportReport[]>): string[] {
  return [
    `### CSV export (measured ${measuredAt(exported)} UTC)`,
    '',
    '`sotchart export csv --table visits --out FILE` over the 100 000-patient data set, timed by `/usr/bin/time` ' +
      '(whole process: start-up, query, writing, audit row).',
    '',
    table(
      ['database', 'visits', 'file', 'time', 'rows/s', 'peak RSS'],
      exported.data.map((r) => [
        r.dialect,
        n0(r.rows),
        `${(r.bytes / 2 ** 20).toFixed(0)} MiB`,
        `${r.seconds.toFixed(1)} s`,
        n0(r.rowsPerSecond),
        mib(r.peakRssMiB),
      ]),
    ),
    '',
  ];
}

function navigationLines(navigation: SavedResult<NavigationReport>): string[] {
  const { data } = navigation;
  return [
    `### Navigation to an interactive charting screen (measured ${measuredAt(navigation)} UTC)`,
    '',
    `Headless Chromium opens \`/patients/:id/visits/:visitId\` of a draft with 20 findings, signed in by cookie. ` +
      'Interactive: the indicator rows are on screen, the save status reads “saved”, and a row’s control takes ' +
      'focus; the time is `performance.now()` at that moment (from the navigation start). Cold: a new browser ' +
      'context (empty cache) each run; warm: the same page navigating again.',
    '',
    table(
      ['', 'median', 'runs (ms)'],
      [
        ['cold', ms(data.coldMedianMs), data.coldMs.map((v) => v.toFixed(0)).join(', ')],
        ['warm', ms(data.warmMedianMs), data.warmMs.map((v) => v.toFixed(0)).join(', ')],
      ],
    ),
    '',
  ];
}

/** The "Load and scale" section: one subsection per speed harness that has a saved run. */
export function loadSection(runs: SavedRuns): string {
  return [
    '## Load and scale',
    '',
    ...(runs.throughput === undefined ? [] : throughputLines(runs.throughput)),
    ...requestCostLines(runs.profiles, runs.throughput?.data ?? []),
    ...(runs.scale === undefined ? [] : scaleLines(runs.scale)),
    ...(runs.exported === undefined ? [] : exportLines(runs.exported)),
    ...(runs.navigation === undefined ? [] : navigationLines(runs.navigation)),
  ].join('\n');
}
