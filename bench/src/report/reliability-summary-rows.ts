import type { CrashReport } from '../crash-safety';
import type { ConcurrencyReport } from '../draft-concurrency';
import type { MalformedReport } from '../malformed-input';
import type { ScaleOutReport } from '../scale-out';
import { dialectName, n0, n2, verdict } from './figure-format';
import { concurrencyReports, type SavedRuns } from './saved-runs';
import { reliabilityCommand, type SummaryRow } from './summary-row';

function crashRow(r: CrashReport): SummaryRow {
  const acked = r.trials.reduce((s, t) => s + t.ackedWrites, 0);
  const lost = r.trials.reduce((s, t) => s + t.lost + t.damaged, 0);
  const sound = r.trials.every((t) => t.integrityOk && t.auditChainsOk && t.unaudited === 0);
  return {
    figure: `Crash safety, ${r.trials.length} SIGKILL trials, ${dialectName(r.dialect)}`,
    value: `${lost} lost or damaged`,
    baseline: `${n0(acked)} acknowledged writes (${n0(r.ackedIdsChecked)} ids)`,
    ratio: n2(lost / Math.max(1, acked)),
    target: '0 lost; integrity and audit chain pass',
    verdict: verdict(lost === 0 && sound, 'see Reliability'),
    command: reliabilityCommand,
  };
}

function malformedRow(r: MalformedReport): SummaryRow {
  return {
    figure: `Malformed requests from the OpenAPI document, ${dialectName(r.dialect)}`,
    value: `${r.serverErrors} × 5xx; data ${r.dataUnchanged ? 'unchanged' : 'CHANGED'}`,
    baseline: `${n0(r.requests)} requests, ${r.operations} operations`,
    ratio: n2(r.serverErrors / r.requests),
    target: '0 × 5xx, data unchanged',
    verdict: verdict(r.serverErrors === 0 && r.dataUnchanged, 'see Reliability'),
    command: reliabilityCommand,
  };
}

function concurrencyRow(r: ConcurrencyReport): SummaryRow {
  const bad = r.unexpected.length + r.duplicateVersions + r.versionGaps + r.finalMismatches.length;
  return {
    figure: `50 clients on the same drafts, ${dialectName(r.dialect)}, ${r.servers} server${r.servers > 1 ? 's' : ''}`,
    value: `${r.landed} landed, ${r.conflicts} × 409, ${bad} anomalies`,
    baseline: `${n0(r.attempts)} saves`,
    ratio: n2(r.landed / Math.max(1, r.attempts)),
    target: '200 or 409 only; last acknowledged write stored',
    verdict: verdict(
      bad === 0 && r.addenda.unexpected.length === 0 && r.addenda.contiguous,
      'see Reliability',
    ),
    command: reliabilityCommand,
  };
}

function scaleOutRow(scaleOut: ScaleOutReport): SummaryRow {
  const lost = scaleOut.crash.trials.reduce((s, t) => s + t.lost + t.damaged, 0);
  const acked = scaleOut.crash.trials.reduce((s, t) => s + t.ackedWrites, 0);
  const session = Object.values(scaleOut.session).every(Boolean);
  return {
    figure: 'Scale-out: two servers over one PostgreSQL, round-robin client',
    value: `session shared ${session ? 'yes' : 'NO'}; ${lost} lost in ${scaleOut.crash.trials.length} kills`,
    baseline: `${n0(acked)} acknowledged writes`,
    ratio: '—',
    target: 'sessions work on both; crash and concurrency checks hold',
    verdict: verdict(session && lost === 0, 'see Reliability'),
    command: reliabilityCommand,
  };
}

/** Backup and restore is a test, not a saved run: its row says so. */
const backupRow: SummaryRow = {
  figure: 'Backup under write load, restore into a fresh folder, every record compared',
  value: 'tested',
  baseline: '—',
  ratio: '—',
  target: 'restored records equal the live ones',
  verdict: 'met (test passes)',
  command: 'node --import tsx --test packages/server/src/db/backup.int.test.ts',
};

/** Crash (single-server runs only), malformed input, concurrency, scale-out, then backup. */
export function reliabilityRows(runs: SavedRuns): SummaryRow[] {
  return [
    ...(runs.crash?.data ?? []).map(crashRow),
    ...(runs.malformed?.data ?? []).map(malformedRow),
    ...concurrencyReports(runs).map(concurrencyRow),
    ...(runs.scaleOut === undefined ? [] : [scaleOutRow(runs.scaleOut.data)]),
    backupRow,
  ];
}
