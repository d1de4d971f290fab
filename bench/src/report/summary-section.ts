import { table } from './figure-format';
import { machineLine } from './machine-line';
import { machine } from './results';
import { machineRuns, type SavedRuns } from './saved-runs';
import type { SummaryRow } from './summary-row';

/** The "Summary" section: the machine line, how to run the harnesses, and the table of `rows`. */
export function summarySection(runs: SavedRuns, rows: readonly SummaryRow[]): string {
  const saved = machineRuns(runs);
  return [
    '## Summary',
    '',
    machineLine(saved[0]?.machine ?? machine(), saved),
    '',
    'Full runs: `npm run bench` (engine, throughput, scale, CSV export, navigation; builds the 1 000- and ' +
      '100 000-patient data sets once, cached in the OS temp folder) and `npm run reliability` (crash, malformed ' +
      'input, concurrency, scale-out). Short versions of the reliability checks run in `npm test`.',
    '',
    table(
      ['figure', 'value', 'baseline', 'ratio', 'target', 'verdict', 'command'],
      rows.map((r) => [r.figure, r.value, r.baseline, r.ratio, r.target, r.verdict, `\`${r.command}\``]),
    ),
  ].join('\n');
}
