// Concurrency: 50 clients edit the same few drafts, each sending the version it read. Every write must
// land (200) or be refused with 409; no two acknowledged writes may share a version (a lost update);
// and each draft must end exactly as its last acknowledged write left it. Then the same clients add
// addenda to one signed visit at once: every addendum must land, numbered 1…n without a gap.
//   node --import tsx bench/src/draft-concurrency.ts      (or `npm run reliability`)
import { fileURLToPath } from 'node:url';
import type { DialectName } from '@sotchart/server/db/connect';
import { patientInput, screenAnswers } from '@sotchart/test-support';
import { saveResult } from './report/results';
import { startChildServer, type ChildServer } from './support/child-server';
import { callJson, signInHttp, type HttpSession } from './support/http-session';
import { scratchDatabase } from './support/scratch-database';

interface DraftWrite {
  readonly visitId: string;
  readonly version: number;
  readonly chiefComplaint: string;
  readonly pain: number;
  readonly mm: number;
}

interface StoredDraft {
  version: number;
  chiefComplaint: string;
  pain: number | null;
  findings: { indicator: string; mm?: number }[];
}

export interface ConcurrencyReport {
  readonly dialect: DialectName;
  readonly servers: number;
  readonly clients: number;
  readonly drafts: number;
  readonly attempts: number;
  readonly landed: number;
  readonly conflicts: number;
  /** Answers other than 200 and 409 (each is a failure), as "status × count". */
  readonly unexpected: readonly string[];
  /** Versions acknowledged twice for one draft: lost updates. */
  readonly duplicateVersions: number;
  /** Drafts whose stored state is not their last acknowledged write. */
  readonly finalMismatches: readonly string[];
  /** Drafts whose version moved by other than the number of acknowledged writes. */
  readonly versionGaps: number;
  readonly addenda: {
    readonly attempts: number;
    readonly landed: number;
    readonly unexpected: readonly string[];
    /** True when the stored sequence numbers are exactly 1…landed. */
    readonly contiguous: boolean;
  };
}

export interface ConcurrencyOptions {
  readonly clients: number;
  readonly drafts: number;
  readonly writesPerClient: number;
  readonly addendaPerClient: number;
}

const legCheck = (mm: number) => [
  ...screenAnswers(),
  { indicator: 'leg_check', phase: 'pre', side: 'L', mm },
  { indicator: 'heel_tension', phase: 'pre', side: 'L', positive: true },
];

function tally(statuses: number[]): string[] {
  const counts = new Map<number, number>();
  for (const s of statuses) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts].map(([s, n]) => `${s} × ${n}`);
}

/**
 * Runs the check against servers already running over one database (round-robin, request by
 * request), signed in as `session`.
 */
export async function checkDraftConcurrency(
  urls: readonly string[],
  session: HttpSession,
  options: ConcurrencyOptions,
): Promise<Omit<ConcurrencyReport, 'dialect' | 'servers'>> {
  let turn = 0;
  const url = (): string => urls[turn++ % urls.length] as string;
  const first = urls[0] as string;
  const patient = await callJson<{ id: string }>(
    first,
    session,
    'POST',
    '/api/patients',
    patientInput({ chartNumber: `CONC-${Date.now()}` }),
  );
  if (patient.status !== 201) throw new Error(`create patient answered ${patient.status}`);
  const draftIds: string[] = [];
  for (let d = 0; d < options.drafts; d += 1) {
    const created = await callJson<{ id: string }>(
      first,
      session,
      'POST',
      `/api/patients/${patient.body.id}/visits`,
      {
        visitAt: new Date(Date.UTC(2026, 0, 5 + d, 10)).toISOString(),
        type: 'follow_up',
      },
    );
    if (created.status !== 201) throw new Error(`create draft answered ${created.status}`);
    draftIds.push(created.body.id);
  }

  const acks: DraftWrite[] = [];
  const unexpected: number[] = [];
  let conflicts = 0;
  let attempts = 0;
  const client = async (c: number): Promise<void> => {
    for (let k = 0; k < options.writesPerClient; k += 1) {
      const visitId = draftIds[(c + k) % draftIds.length] as string;
      const read = await callJson<StoredDraft>(url(), session, 'GET', `/api/visits/${visitId}`);
      if (read.status !== 200) {
        unexpected.push(read.status);
        continue;
      }
      const write = {
        chiefComplaint: `client ${c} write ${k}`,
        pain: (c + k) % 11,
        mm: ((c * 31 + k) % 40) + 1,
      };
      attempts += 1;
      const res = await callJson<{ version: number; current?: { version: number } }>(
        url(),
        session,
        'PATCH',
        `/api/visits/${visitId}`,
        {
          version: read.body.version,
          chiefComplaint: write.chiefComplaint,
          pain: write.pain,
          findings: legCheck(write.mm),
        },
      );
      if (res.status === 200) acks.push({ visitId, version: res.body.version, ...write });
      else if (res.status === 409) conflicts += 1;
      else unexpected.push(res.status);
    }
  };
  await Promise.all(Array.from({ length: options.clients }, (_, c) => client(c)));

  let duplicateVersions = 0;
  let versionGaps = 0;
  const finalMismatches: string[] = [];
  for (const visitId of draftIds) {
    const mine = acks.filter((a) => a.visitId === visitId);
    duplicateVersions += mine.length - new Set(mine.map((a) => a.version)).size;
    const stored = await callJson<StoredDraft>(first, session, 'GET', `/api/visits/${visitId}`);
    const last = mine.reduce<DraftWrite | null>(
      (best, a) => (best === null || a.version > best.version ? a : best),
      null,
    );
    if (stored.body.version !== 1 + mine.length) versionGaps += 1;
    const storedMm = stored.body.findings.find((f) => f.indicator === 'leg_check')?.mm;
    if (
      last !== null &&
      (stored.body.version !== last.version ||
        stored.body.chiefComplaint !== last.chiefComplaint ||
        stored.body.pain !== last.pain ||
        storedMm !== last.mm)
    ) {
      finalMismatches.push(
        `${visitId}: stored v${stored.body.version} "${stored.body.chiefComplaint}", last acknowledged v${last.version} "${last.chiefComplaint}"`,
      );
    }
  }

  // Addenda at once on one signed visit: no version to race on, so every one must land, in turn.
  const signedId = draftIds[0] as string;
  const current = await callJson<{ version: number }>(first, session, 'GET', `/api/visits/${signedId}`);
  const signed = await callJson(first, session, 'POST', `/api/visits/${signedId}/sign`, {
    version: current.body.version,
    attest: true,
  });
  if (signed.status !== 200)
    throw new Error(`sign answered ${signed.status}: ${JSON.stringify(signed.body)}`);
  const addendumStatuses: number[] = [];
  await Promise.all(
    Array.from({ length: options.clients }, async (_, c) => {
      for (let k = 0; k < options.addendaPerClient; k += 1) {
        const res = await callJson(url(), session, 'POST', `/api/visits/${signedId}/addenda`, {
          text: `client ${c} addendum ${k}`,
        });
        addendumStatuses.push(res.status);
      }
    }),
  );
  const listed = await callJson<{ seq: number }[]>(first, session, 'GET', `/api/visits/${signedId}/addenda`);
  const landedAddenda = addendumStatuses.filter((s) => s === 201).length;
  const seqs = listed.body.map((a) => a.seq);

  return {
    clients: options.clients,
    drafts: options.drafts,
    attempts,
    landed: acks.length,
    conflicts,
    unexpected: tally(unexpected),
    duplicateVersions,
    finalMismatches,
    versionGaps,
    addenda: {
      attempts: addendumStatuses.length,
      landed: landedAddenda,
      unexpected: tally(addendumStatuses.filter((s) => s !== 201)),
      contiguous: seqs.length === landedAddenda && seqs.every((s, i) => s === i + 1),
    },
  };
}

/** Runs the check on a fresh database served by `servers` processes (2 or more only on PostgreSQL). */
export async function runDraftConcurrency(
  dialect: DialectName,
  servers: number,
  options: ConcurrencyOptions,
): Promise<ConcurrencyReport> {
  const database = await scratchDatabase(dialect, 'concurrency');
  const running: ChildServer[] = [];
  try {
    for (let i = 0; i < servers; i += 1) running.push(await startChildServer(database.env));
    const session = await signInHttp((running[0] as ChildServer).url, database.email, database.password);
    const result = await checkDraftConcurrency(
      running.map((s) => s.url),
      session,
      options,
    );
    return { dialect, servers, ...result };
  } finally {
    for (const server of running) await server.stop();
    await database.drop();
  }
}

export function printConcurrency(r: ConcurrencyReport): void {
  console.log(
    `concurrency on ${r.dialect} (${r.servers} server${r.servers > 1 ? 's' : ''}): ${r.clients} clients, ${r.drafts} drafts, ` +
      `${r.attempts} saves: ${r.landed} landed, ${r.conflicts} × 409, unexpected [${r.unexpected.join(', ')}], ` +
      `lost updates ${r.duplicateVersions}, version gaps ${r.versionGaps}, final mismatches ${r.finalMismatches.length}; ` +
      `addenda ${r.addenda.landed}/${r.addenda.attempts} landed, unexpected [${r.addenda.unexpected.join(', ')}], contiguous ${r.addenda.contiguous}`,
  );
  for (const m of r.finalMismatches.slice(0, 5)) console.log(`    ${m}`);
}

export const fullConcurrencyOptions: ConcurrencyOptions = {
  clients: 50,
  drafts: 5,
  writesPerClient: 20,
  addendaPerClient: 4,
};

/** The full run on each dialect with one server. */
export async function runConcurrencyChecks(options = fullConcurrencyOptions): Promise<ConcurrencyReport[]> {
  const reports: ConcurrencyReport[] = [];
  for (const dialect of ['sqlite', 'postgres'] as const) {
    const report = await runDraftConcurrency(dialect, 1, options);
    printConcurrency(report);
    reports.push(report);
  }
  saveResult('concurrency', reports);
  return reports;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await runConcurrencyChecks();
