import { table } from './figure-format';
import { machineLine } from './machine-line';
import { machine } from './results';
import { machineRuns, type SavedRuns } from './saved-runs';
import type { SummaryRow } from './summary-row';

const columns = ['figure', 'value', 'baseline', 'ratio', 'target', 'verdict', 'command'] as const;

/** The rows of the summary table as written in `block` (the summary block's text). */
export function summaryTableRows(block: string): SummaryRow[] {
  return block
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| figure') && !line.startsWith('| ---'))
    .map((line) => {
      const cells = line
        .slice(2, -2)
        .split(' | ')
        .map((c) => c.trim());
      const [figure = '', value = '', baseline = '', ratio = '', target = '', verdict = '', command = ''] =
        cells;
      return { figure, value, baseline, ratio, target, verdict, command: command.replace(/^`|`$/g, '') };
    });
}

/**
 * The "Summary" section: the machine line, how to run the harnesses, and the table of `rows`, of which
 * `carried` were kept from the file as it was (harnesses without a saved run here).
 */
export function summarySection(runs: SavedRuns, rows: readonly SummaryRow[], carried = 0): string {
  const saved = machineRuns(runs);
  return [
    '## Summary',
    '',
    machineLine(saved[0]?.machine ?? machine(), saved) +
      (carried > 0
        ? ` ${carried} rows come from harnesses not run since, and keep the figures of their last run.`
        : ''),
    '',
    'Full runs: `npm run bench` (engine, throughput, scale, CSV export, navigation; builds the 1 000- and ' +
      '100 000-patient data sets once, cached in the OS temp folder) and `npm run reliability` (crash, malformed ' +
      'input, concurrency, scale-out). Short versions of the reliability checks run in `npm test`.',
    '',
    table(
      columns,
      rows.map((r) => [r.figure, r.value, r.baseline, r.ratio, r.target, r.verdict, `\`${r.command}\``]),
    ),
  ].join('\n');
}
