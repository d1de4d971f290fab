import { isDeepStrictEqual } from 'node:util';
import type { DatabaseHandle } from '@sotchart/server/db/connect';
import { verifyAuditChains } from '@sotchart/server/audit/verify-audit-chains';
import { integrityProblems } from '../support/integrity-check';
import type { AckLog, AckedVisit, SentFinding, VisitState } from './crash-writer';

/** What a restart found: every acknowledged id present and intact, and the database sound. */
export interface AckCheck {
  readonly ackedIds: number;
  /** Acknowledged ids not in the database. */
  readonly lost: readonly string[];
  /** Acknowledged ids present but not as acknowledged (nor as the write in flight). */
  readonly damaged: readonly string[];
  /** Acknowledged writes without their audit row (it commits in the write's own transaction). */
  readonly unaudited: readonly string[];
  /**
   * Visits stored without a `create` audit row. A write's audit row commits with it, so this is 0 even
   * for a write killed before its answer; a restarted server chains the rows the killed one left.
   */
  readonly storedWithoutAudit: number;
  /** Audit rows still not chained after the restart (the restart chains them before it serves). */
  readonly unchainedAudit: number;
  readonly integrity: readonly string[];
  readonly auditChainsOk: boolean;
}

function findingOf(row: {
  indicator: string;
  phase: string;
  side: string | null;
  positive: number | null;
  mm: number | null;
}): SentFinding {
  return {
    indicator: row.indicator,
    phase: row.phase,
    ...(row.side === null ? {} : { side: row.side }),
    ...(row.positive === null ? {} : { positive: row.positive === 1 }),
    ...(row.mm === null ? {} : { mm: row.mm }),
  };
}

/** `side` defaults to "none" when a finding is saved without one. */
const normalised = (findings: readonly SentFinding[]): SentFinding[] =>
  findings.map((f) => ({ ...f, side: f.side ?? 'none' }));

function matches(stored: VisitState, expected: VisitState): boolean {
  return (
    stored.version === expected.version &&
    stored.status === expected.status &&
    isDeepStrictEqual(normalised(stored.findings), normalised(expected.findings))
  );
}

/**
 * Compares the database with the ack log. A visit must hold its acknowledged state, or the state of
 * the one write that was in flight when the server died (committed but never answered). Resolves each
 * visit's in-flight write to what is stored, so the next trial checks against the settled state.
 */
export async function verifyAcks(handle: DatabaseHandle, log: AckLog): Promise<AckCheck> {
  const db = handle.db;
  const lost: string[] = [];
  const damaged: string[] = [];
  const visitIds = [...log.visits.keys()];
  const stored = new Map<
    string,
    { patient_id: string; chief_complaint: string; version: number; status: string }
  >();
  const findings = new Map<string, SentFinding[]>();
  for (let i = 0; i < visitIds.length; i += 500) {
    const ids = visitIds.slice(i, i + 500);
    for (const row of await db
      .selectFrom('visit')
      .select(['id', 'patient_id', 'chief_complaint', 'version', 'status'])
      .where('id', 'in', ids)
      .execute()) {
      stored.set(row.id, row);
    }
    for (const row of await db
      .selectFrom('finding')
      .select(['visit_id', 'indicator', 'phase', 'side', 'positive', 'mm'])
      .where('visit_id', 'in', ids)
      .orderBy('visit_id')
      .orderBy('position')
      .execute()) {
      findings.set(row.visit_id, [...(findings.get(row.visit_id) ?? []), findingOf(row)]);
    }
  }
  for (const visit of log.visits.values()) {
    const row = stored.get(visit.id);
    if (row === undefined) {
      lost.push(visit.id);
      continue;
    }
    const state: VisitState = {
      version: row.version,
      status: row.status as VisitState['status'],
      findings: findings.get(visit.id) ?? [],
    };
    const same = row.patient_id === visit.patientId && row.chief_complaint === visit.chiefComplaint;
    if (same && matches(state, visit.acked)) {
      visit.pending = null;
    } else if (same && visit.pending !== null && matches(state, visit.pending)) {
      settle(visit, visit.pending);
    } else {
      damaged.push(visit.id);
    }
  }

  const addendumIds = [...log.addenda.keys()];
  const storedAddenda = new Map<string, { visit_id: string; seq: number; text: string }>();
  for (let i = 0; i < addendumIds.length; i += 500) {
    for (const row of await db
      .selectFrom('addendum')
      .select(['id', 'visit_id', 'seq', 'text'])
      .where('id', 'in', addendumIds.slice(i, i + 500))
      .execute()) {
      storedAddenda.set(row.id, row);
    }
  }
  for (const addendum of log.addenda.values()) {
    const row = storedAddenda.get(addendum.id);
    if (row === undefined) lost.push(addendum.id);
    else if (row.visit_id !== addendum.visitId || row.seq !== addendum.seq || row.text !== addendum.text) {
      damaged.push(addendum.id);
    }
  }

  const audited = new Set<string>();
  for (const row of await db
    .selectFrom('audit_log')
    .select(['action', 'entity_type', 'entity_ids'])
    .execute()) {
    const ids = JSON.parse(row.entity_ids) as string[];
    audited.add(`${row.action}:${row.entity_type}:${ids[0] ?? ''}`);
  }
  const auditKey = {
    'create-visit': 'create:visit',
    'save-visit': 'update:visit',
    'sign-visit': 'sign:visit',
    'create-addendum': 'create:addendum',
  } as const;
  const unaudited = log.acks
    .filter((a) => !audited.has(`${auditKey[a.op]}:${a.id}`))
    .map((a) => `${a.op} ${a.id}`);
  const allVisits = await db.selectFrom('visit').select('id').execute();
  const storedWithoutAudit = allVisits.filter((v) => !audited.has(`create:visit:${v.id}`)).length;

  return {
    ackedIds: log.visits.size + log.addenda.size,
    lost,
    damaged,
    unaudited,
    storedWithoutAudit,
    unchainedAudit: Number(
      (
        await db
          .selectFrom('pending_audit')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    ),
    integrity: await integrityProblems(handle),
    auditChainsOk: (await verifyAuditChains(db)).ok,
  };
}

function settle(visit: AckedVisit, state: VisitState): void {
  visit.acked = state;
  visit.pending = null;
}
