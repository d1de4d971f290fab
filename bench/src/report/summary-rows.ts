import { exportRows, navigationRows, scaleRows, throughputRows } from './load-summary-rows';
import { quotedRows } from './quoted-summary-rows';
import { reliabilityRows } from './reliability-summary-rows';
import type { SavedRuns } from './saved-runs';
import type { SummaryRow } from './summary-row';

/** Every row of the summary table, in the order of the sections they summarise. */
export function summaryRows(runs: SavedRuns, markdown: string): SummaryRow[] {
  return [
    ...throughputRows(runs.throughput?.data ?? [], runs.profiles),
    ...scaleRows(runs.scale?.data ?? []),
    ...quotedRows(markdown, runs.engine?.data.ratio),
    ...navigationRows(runs.navigation?.data),
    ...exportRows(runs.exported?.data ?? []),
    ...reliabilityRows(runs),
  ];
}
