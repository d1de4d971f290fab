// Scale-out: two server processes over one PostgreSQL database behind a round-robin client. A session
// signed in on one works on the other (and signing out on one ends it on both); the concurrency check
// and the crash check (SIGKILL of one of the two at random) hold across both.
//   node --import tsx bench/src/scale-out.ts [crash trials]      (or `npm run reliability`)
import { fileURLToPath } from 'node:url';
import { crashTrialsOn, type CrashOptions, type CrashReport } from './crash-safety';
import {
  checkDraftConcurrency,
  printConcurrency,
  type ConcurrencyOptions,
  type ConcurrencyReport,
} from './draft-concurrency';
import { saveResult } from './report/results';
import { startChildServer, type ChildServer } from './support/child-server';
import { callJson, signInHttp, type HttpSession } from './support/http-session';
import { scratchDatabase, type ScratchDatabase } from './support/scratch-database';

export interface SessionCheck {
  /** Signed in on server 1, the session answers on server 2. */
  readonly sessionOnOther: boolean;
  /** A patient created through server 1 is read through server 2. */
  readonly writeVisibleOnOther: boolean;
  /** Signed out on server 2, the session is refused by server 1. */
  readonly logoutEndsBoth: boolean;
}

export interface ScaleOutReport {
  readonly servers: number;
  readonly session: SessionCheck;
  readonly concurrency: ConcurrencyReport;
  readonly crash: CrashReport;
}

/** The session check on two servers over one database, signed in on the first. */
export async function checkSharedSession(
  database: ScratchDatabase,
  [one, two]: readonly [ChildServer, ChildServer],
  session: HttpSession,
): Promise<SessionCheck> {
  const onTwo = await callJson<{ user: { id: string } }>(two.url, session, 'GET', '/api/auth/session');
  const created = await callJson<{ id: string }>(one.url, session, 'POST', '/api/patients', {
    chartNumber: `SCALE-${Date.now()}`,
    givenName: 'Ada',
    familyName: 'Lovelace',
    dateOfBirth: '1815-12-10',
    sex: 'female',
  });
  const readOnTwo = await callJson<{ id: string }>(
    two.url,
    session,
    'GET',
    `/api/patients/${created.body.id}`,
  );
  const other = await signInHttp(two.url, database.email, database.password);
  const loggedOut = await callJson(two.url, other, 'POST', '/api/auth/logout');
  const afterLogout = await callJson(one.url, other, 'GET', '/api/auth/session');
  return {
    sessionOnOther: onTwo.status === 200 && onTwo.body.user.id === session.userId,
    writeVisibleOnOther:
      created.status === 201 && readOnTwo.status === 200 && readOnTwo.body.id === created.body.id,
    logoutEndsBoth: loggedOut.status === 204 && afterLogout.status === 401,
  };
}

/** Session, concurrency and crash checks on two fresh servers over one fresh PostgreSQL database. */
export async function runScaleOut(
  concurrency: ConcurrencyOptions,
  crash: Omit<CrashOptions, 'servers'>,
): Promise<ScaleOutReport> {
  const database = await scratchDatabase('postgres', 'scaleout');
  const servers: ChildServer[] = [];
  try {
    servers.push(await startChildServer(database.env), await startChildServer(database.env));
    const pair = servers as [ChildServer, ChildServer];
    const session = await signInHttp(pair[0].url, database.email, database.password);
    const shared = await checkSharedSession(database, pair, session);
    const result = await checkDraftConcurrency(
      servers.map((s) => s.url),
      session,
      concurrency,
    );
    const crashReport = await crashTrialsOn(database, servers, session, crash);
    return {
      servers: 2,
      session: shared,
      concurrency: { dialect: 'postgres', servers: 2, ...result },
      crash: crashReport,
    };
  } finally {
    for (const server of servers) await server.stop('SIGKILL');
    await database.drop();
  }
}

export function printScaleOut(r: ScaleOutReport): void {
  console.log(
    `scale-out (2 servers, one PostgreSQL): session on the other server ${r.session.sessionOnOther}, ` +
      `write visible on the other ${r.session.writeVisibleOnOther}, sign-out ends both ${r.session.logoutEndsBoth}`,
  );
  printConcurrency(r.concurrency);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const trials = Number(process.argv[2] ?? 20);
  console.log(`scale-out: two servers over one PostgreSQL database, ${trials} crash trials`);
  const report = await runScaleOut(
    { clients: 50, drafts: 5, writesPerClient: 20, addendaPerClient: 4 },
    { trials, minAcks: 100, killWindowMs: 500, workers: 8, log: console.log },
  );
  printScaleOut(report);
  saveResult('scale-out', report);
}
