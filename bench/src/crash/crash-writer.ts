import { appendFileSync } from 'node:fs';
import { screenFindings } from '@sotchart/server/demo/demo-findings';
import { callJson, type HttpSession } from '../support/http-session';

/** A finding as sent and as read back; only the fields the writer sets. */
export interface SentFinding {
  readonly indicator: string;
  readonly phase: string;
  readonly side?: string;
  readonly positive?: boolean;
  readonly mm?: number;
}

/** What the server last acknowledged about a visit, and the write in flight when it was killed. */
export interface VisitState {
  readonly version: number;
  readonly status: 'draft' | 'signed';
  readonly findings: readonly SentFinding[];
}

export interface AckedVisit {
  readonly id: string;
  readonly patientId: string;
  readonly chiefComplaint: string;
  acked: VisitState;
  /** The write sent but not answered: after a crash the visit may hold either state. */
  pending: VisitState | null;
}

export interface AckedAddendum {
  readonly id: string;
  readonly visitId: string;
  readonly seq: number;
  readonly text: string;
}

/** One acknowledged request, as the ack log records it. */
export interface Ack {
  readonly op: 'create-visit' | 'save-visit' | 'sign-visit' | 'create-addendum';
  readonly id: string;
  readonly trial: number;
}

/**
 * Every write the server acknowledged, kept in memory for the check and appended to a log file as it
 * arrives (the harness outlives the server it kills, so the file shows what was acknowledged before
 * the kill even if the harness itself fails later).
 */
export class AckLog {
  readonly visits = new Map<string, AckedVisit>();
  readonly addenda = new Map<string, AckedAddendum>();
  readonly acks: Ack[] = [];

  constructor(private readonly file: string) {}

  record(ack: Ack): void {
    this.acks.push(ack);
    appendFileSync(this.file, `${JSON.stringify(ack)}\n`);
  }

  countFor(trial: number): number {
    return this.acks.filter((a) => a.trial === trial).length;
  }
}

/** Findings of a Category II visit (REFERENCE §2–3) with the screen answered, so it can be signed. */
export const crashFindings: readonly SentFinding[] = [
  ...screenFindings(),
  { indicator: 'inguinal_tenderness', phase: 'pre', side: 'R', positive: true },
  { indicator: 'leg_check', phase: 'pre', side: 'L', mm: 5 },
  { indicator: 'inguinal_tenderness', phase: 'post', side: 'none', positive: false },
];

export interface WriterOptions {
  /** Server base URLs, used round-robin request by request. */
  readonly urls: readonly string[];
  readonly session: HttpSession;
  readonly patientIds: readonly string[];
  readonly log: AckLog;
  readonly trial: number;
  readonly workers: number;
}

/**
 * Writers that chart as fast as the server answers: open a draft visit, save its findings, sign it,
 * add two addenda; repeat. Each acknowledged write is logged at once. A worker stops at its first
 * failed request (the server was killed); `run` resolves when every worker has stopped.
 */
export async function runWriters(options: WriterOptions, stop: { stopped: boolean }): Promise<void> {
  let turn = 0;
  const url = (): string => options.urls[turn++ % options.urls.length] as string;
  const { log, trial, session } = options;
  const call = <T>(method: string, path: string, body: unknown) =>
    callJson<T>(url(), session, method, path, body);

  async function worker(w: number): Promise<void> {
    for (let n = 0; !stop.stopped; n += 1) {
      const patientId = options.patientIds[(w + n) % options.patientIds.length] as string;
      const chiefComplaint = `crash trial ${trial} writer ${w} visit ${n}`;
      const created = await call<{ id: string }>('POST', `/api/patients/${patientId}/visits`, {
        visitAt: new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString(),
        type: 'follow_up',
        chiefComplaint,
      });
      if (created.status !== 201) throw new Error(`create visit answered ${created.status}`);
      const visit: AckedVisit = {
        id: created.body.id,
        patientId,
        chiefComplaint,
        acked: { version: 1, status: 'draft', findings: [] },
        pending: null,
      };
      log.visits.set(visit.id, visit);
      log.record({ op: 'create-visit', id: visit.id, trial });
      if (stop.stopped) return;

      visit.pending = { version: 2, status: 'draft', findings: crashFindings };
      const saved = await call('PATCH', `/api/visits/${visit.id}`, {
        version: 1,
        pain: 4,
        findings: crashFindings,
      });
      if (saved.status !== 200) throw new Error(`save visit answered ${saved.status}`);
      visit.acked = visit.pending;
      visit.pending = null;
      log.record({ op: 'save-visit', id: visit.id, trial });
      if (stop.stopped) return;

      visit.pending = { version: 3, status: 'signed', findings: crashFindings };
      const signed = await call('POST', `/api/visits/${visit.id}/sign`, { version: 2, attest: true });
      if (signed.status !== 200)
        throw new Error(`sign visit answered ${signed.status}: ${JSON.stringify(signed.body)}`);
      visit.acked = visit.pending;
      visit.pending = null;
      log.record({ op: 'sign-visit', id: visit.id, trial });

      for (let seq = 1; seq <= 2 && !stop.stopped; seq += 1) {
        const text = `Addendum ${seq} to ${chiefComplaint}`;
        const added = await call<{ id: string }>('POST', `/api/visits/${visit.id}/addenda`, { text });
        if (added.status !== 201) throw new Error(`addendum answered ${added.status}`);
        log.addenda.set(added.body.id, { id: added.body.id, visitId: visit.id, seq, text });
        log.record({ op: 'create-addendum', id: added.body.id, trial });
      }
    }
  }

  const workers = Array.from({ length: options.workers }, (_, w) =>
    worker(w).catch((error: unknown) => {
      // A request refused by a dead server ends this worker; anything else is a harness failure.
      if (!stop.stopped) throw error;
    }),
  );
  await Promise.all(workers);
}
