import type { CrashReport } from '../crash-safety';
import type { ConcurrencyReport } from '../draft-concurrency';
import type { MalformedReport } from '../malformed-input';
import type { SessionCheck } from '../scale-out';
import { dialectName, measuredAt, mib, n0, table } from './figure-format';
import type { SavedResult } from './results';
import { concurrencyReports, type SavedRuns } from './saved-runs';

function crashLines(runs: SavedRuns): string[] {
  const reports: CrashReport[] = [
    ...(runs.crash?.data ?? []),
    ...(runs.scaleOut === undefined ? [] : [runs.scaleOut.data.crash]),
  ];
  const source = runs.crash ?? runs.scaleOut;
  if (reports.length === 0 || source === undefined) return [];
  return [
    `### Crash safety (measured ${measuredAt(source)} UTC)`,
    '',
    'Eight writers chart as fast as the server answers — open a draft visit, save its findings, sign it, add ' +
      'two addenda — and log every acknowledged id. After the 100th acknowledgement of a trial the server gets ' +
      'SIGKILL at a uniformly random moment within 500 ms; it restarts on the same database and every ' +
      'acknowledged id of every trial so far must be present and intact (a visit may also hold the one write ' +
      'in flight at the kill, committed but never answered). Then the database’s own check (SQLite ' +
      '`integrity_check` and `foreign_key_check`; PostgreSQL amcheck `verify_heapam` and `bt_index_check` with ' +
      'heap lookups), every acknowledged write has its audit row, and `verifyAuditChains` passes. ' +
      '“Unaudited stored” counts visits found in the database without their audit row; it must be 0, since ' +
      'each write’s audit row commits in the write’s own transaction and the restarted server chains the rows ' +
      'the killed one left before it serves.',
    '',
    ...reports.flatMap((r) => [
      `**${dialectName(r.dialect)}${r.servers > 1 ? `, ${r.servers} servers (one killed at random each trial)` : ''}** — ${r.trials.length} trials, ${n0(r.ackedIdsChecked)} acknowledged ids checked after the last.`,
      '',
      table(
        [
          'trial',
          'acked writes',
          'kill after 100th',
          'lost',
          'damaged',
          'unaudited acks',
          'unaudited stored',
          'integrity',
          'audit chain',
        ],
        r.trials.map((t) => [
          String(t.trial),
          String(t.ackedWrites),
          `${t.killDelayMs} ms`,
          String(t.lost),
          String(t.damaged),
          String(t.unaudited),
          String(t.storedWithoutAudit),
          t.integrityOk ? 'ok' : 'FAILED',
          t.auditChainsOk ? 'ok' : 'FAILED',
        ]),
      ),
      '',
    ]),
  ];
}

function malformedLines(malformed: SavedResult<MalformedReport[]>): string[] {
  return [
    `### Malformed input (measured ${measuredAt(malformed)} UTC)`,
    '',
    'Generated from `/api/openapi.json`: for every operation, bodies with a field of the wrong type, a ' +
      'required field missing, strings and arrays past their limits, numbers past their maximum, values ' +
      'outside their enum, deep JSON (100 000 levels, and 50 000 inside a field), broken JSON, bad UTF-8, a ' +
      'lone surrogate, a 2 MB body, six wrong content types; path ids with traversal, NUL, bad percent ' +
      'escapes, 4 000 characters; hostile query values; each signed in with real ids, anonymous, and (for ' +
      'writes) without the CSRF token; plus a forged session cookie and a 12 KB header. Sent in a shuffled ' +
      'order over 8 connections to a real server process; every table but the audit log, sessions and ' +
      'sign-in throttle compared before and after.',
    '',
    table(
      [
        'database',
        'requests',
        'operations',
        'distinct cases',
        '5xx',
        'data unchanged',
        'RSS before → after (peak)',
        'answers',
      ],
      malformed.data.map((r) => [
        r.dialect,
        n0(r.requests),
        String(r.operations),
        n0(r.distinctCases),
        `**${r.serverErrors}**`,
        r.dataUnchanged ? 'yes' : `NO (${r.changedTables.join(', ')})`,
        `${mib(r.rssBeforeMiB)} → ${mib(r.rssAfterMiB)} (${mib(r.peakRssMiB)})`,
        Object.entries(r.byStatus)
          .map(([s, c]) => `${s === '-1' ? 'reset' : s}: ${c}`)
          .join(', '),
      ]),
    ),
    '',
  ];
}

function concurrencyLines(concurrency: readonly ConcurrencyReport[]): string[] {
  if (concurrency.length === 0) return [];
  return [
    '### Concurrency',
    '',
    'Each of 50 clients, 20 times: read one of 5 shared drafts, then save it with the version it read (chief ' +
      'complaint, pain and findings changed). Every save must answer 200 or 409; no version may be acknowledged ' +
      'twice for one draft (a lost update); each draft’s version must equal 1 + its acknowledged saves; and each ' +
      'draft must hold exactly its last acknowledged save. Then the 50 clients add 4 addenda each to one signed ' +
      'visit at once: all must land, numbered 1…200.',
    '',
    table(
      [
        'database',
        'servers',
        'saves',
        'landed',
        '409',
        'other answers',
        'lost updates',
        'final state = last ack',
        'addenda landed',
        'numbered 1…n',
      ],
      concurrency.map((r) => [
        r.dialect,
        String(r.servers),
        n0(r.attempts),
        n0(r.landed),
        n0(r.conflicts),
        r.unexpected.length === 0 ? '0' : r.unexpected.join(', '),
        String(r.duplicateVersions),
        r.finalMismatches.length === 0 && r.versionGaps === 0 ? 'yes' : `NO (${r.finalMismatches.length})`,
        `${r.addenda.landed} / ${r.addenda.attempts}`,
        r.addenda.contiguous ? 'yes' : 'NO',
      ]),
    ),
    '',
  ];
}

function scaleOutLines(s: SessionCheck): string[] {
  return [
    '### Scale-out',
    '',
    'Two `sotchart serve` processes over one PostgreSQL database; the client alternates between them request by ' +
      `request. A session signed in on one answers on the other: ${s.sessionOnOther ? 'yes' : 'NO'}; a patient ` +
      `written through one is read through the other: ${s.writeVisibleOnOther ? 'yes' : 'NO'}; signing out on one ` +
      `ends the session on both: ${s.logoutEndsBoth ? 'yes' : 'NO'}. The concurrency and crash rows above marked ` +
      '“2 servers” ran across both.',
    '',
  ];
}

/** Backup and restore is checked by a test, not a harness: the section says what it checks. */
const backupLines: readonly string[] = [
  '### Backup and restore',
  '',
  '`packages/server/src/db/backup.int.test.ts` charts continuously (visits, findings, signatures, addenda) while ' +
    '`sotchart backup` runs as its own process, restores the file with `sotchart restore` into a fresh folder, ' +
    'and checks every record: integrity check, audit chains, every write acknowledged before the backup present, ' +
    'and each restored row equal to the live row or an older version of it (one consistent moment). A second ' +
    'backup of the quiet database restores to exactly the same rows, table by table. PostgreSQL: `pg_dump` / ' +
    '`pg_restore`, see [docs/operations.md](docs/operations.md).',
  '',
];

/** The "Reliability" section: one subsection per reliability harness that has a saved run. */
export function reliabilitySection(runs: SavedRuns): string {
  return [
    '## Reliability',
    '',
    ...crashLines(runs),
    ...(runs.malformed === undefined ? [] : malformedLines(runs.malformed)),
    ...concurrencyLines(concurrencyReports(runs)),
    ...(runs.scaleOut === undefined ? [] : scaleOutLines(runs.scaleOut.data.session)),
    ...backupLines,
  ].join('\n');
}
