import type { Addendum, CreateVisit, UpdateVisit, Visit, VisitRecord } from '@sotchart/contract';
import { VisitRecordSchema } from '@sotchart/contract';
import {
  blockingProblems,
  urgencies,
  type CodingProblem,
  type Finding,
  type ProtocolPack,
} from '@sotchart/engine';
import { isDeepStrictEqual } from 'node:util';
import type { Kysely } from 'kysely';
import type { RequestContext } from '../auth/request-context';
import type { Database } from '../db/database';
import { episodeRepository } from '../db/repositories/episode.repository';
import { findingRepository } from '../db/repositories/finding.repository';
import { visitRepository, type VisitRow } from '../db/repositories/visit.repository';
import { isUniqueViolation } from '../db/unique-violation';
import { AppError, notFound, validationFailed } from '../errors';
import { checkFindings } from './check-findings';
import { freezeSignedAddendum, freezeSignedNote } from './freeze-signed-documents';
import { loadClinic } from './clinic.service';
import { loadPatient } from './patient.service';
import { effectivePack } from './protocol.service';
import { patched, saveVersioned } from './save-versioned';
import { auditOf, type ServiceDeps } from './service-deps';
import { visitCodingProblems } from './visit-coding-problems';
import { visitEngineResult } from './visit-engine';
import { visitWithFindings, withFindings } from './visit-with-findings';

const emptyRecord: VisitRecord = VisitRecordSchema.parse({});

async function loadVisitRow(db: Kysely<Database>, ctx: RequestContext, id: string): Promise<VisitRow> {
  const visit = await visitRepository.findById(db, ctx.clinicId, id);
  if (visit === undefined) throw notFound();
  return visit;
}

export async function assertEpisodeOfPatient(
  db: Kysely<Database>,
  ctx: RequestContext,
  episodeId: string | null,
  patientId: string,
) {
  if (episodeId === null) return;
  const episode = await episodeRepository.findById(db, ctx.clinicId, episodeId);
  if (episode === undefined || episode.patientId !== patientId) {
    throw validationFailed([{ path: 'episodeId', message: "is not one of this patient's episodes" }]);
  }
}

async function insertAddendum(
  deps: ServiceDeps,
  ctx: RequestContext,
  visitId: string,
  text: string,
): Promise<Addendum> {
  const addendum = await deps.db.transaction().execute(async (trx) => {
    await visitRepository.lockForAddendum(trx, ctx.clinicId, visitId);
    const row = await loadVisitRow(trx, ctx, visitId);
    if (row.status !== 'signed') {
      throw validationFailed([
        { path: 'text', message: 'addenda are added to signed visits; edit the draft instead' },
      ]);
    }
    const existing = await visitRepository.listAddenda(trx, ctx.clinicId, visitId);
    const addendum: Addendum = {
      id: deps.newId(),
      visitId,
      seq: existing.length + 1,
      authorId: ctx.userId,
      text,
      signedAt: deps.clock().toISOString(),
    };
    await visitRepository.insertAddendum(trx, ctx.clinicId, addendum);
    const sha256 = await freezeSignedAddendum(trx, deps, ctx, addendum);
    await deps.audit.within(trx, auditOf(ctx, 'create', 'addendum', [addendum.id, visitId], row.patientId));
    return { ...addendum, sha256 };
  });
  return addendum;
}

/** A recorded referral's urgency may be higher than the engine's, never lower (REFERENCE §7). */
function assertReferralUrgency(visit: VisitRow): void {
  const recorded = visit.record.referral;
  const advised = visit.engine.analysis.referral;
  if (recorded === null || advised === null) return;
  if (urgencies.indexOf(recorded.urgency) > urgencies.indexOf(advised.urgency)) {
    throw validationFailed([
      {
        path: 'record.referral.urgency',
        message: `may not be lower than the red flag's urgency (${advised.urgency})`,
      },
    ]);
  }
}

/** The screen items (red flags and contraindications) with no pre-check answer. */
function unansweredScreen(findings: readonly Finding[], pack: ProtocolPack): string[] {
  const answered = new Set(
    findings.filter((f) => f.phase === 'pre' && f.positive !== undefined).map((f) => f.indicator),
  );
  return [...pack.redFlags, ...pack.contraindications].map((q) => q.id).filter((id) => !answered.has(id));
}

/** A draft with what the coding checks find in it, for the screen; a signed visit passed them at signing. */
async function withCodingProblems(db: Kysely<Database>, ctx: RequestContext, visit: Visit): Promise<Visit> {
  if (visit.status === 'signed') return visit;
  return { ...visit, codingProblems: await visitCodingProblems(db, ctx.clinicId, visit) };
}

/**
 * Signing needs every coding error resolved or, where its rule allows, overridden with a written reason
 * in `coding.overrides`; one detail per remaining problem (issue 19; docs/interop.md, "Coding checks").
 */
function assertCodingSignable(problems: readonly CodingProblem[], record: VisitRecord): void {
  const blocking = blockingProblems(problems, record.coding.overrides);
  if (blocking.length === 0) return;
  throw new AppError('CODING_INVALID', {
    details: blocking.map((p) => ({
      path: `record.coding.${p.path}`,
      rule: p.rule,
      overridable: p.overridable,
      message: p.message,
    })),
  });
}

/** Starts a draft visit inside the caller's transaction (a visit opened from an appointment too). */
export async function createVisitIn(
  trx: Kysely<Database>,
  deps: ServiceDeps,
  ctx: RequestContext,
  patientId: string,
  input: CreateVisit,
): Promise<Visit> {
  await loadPatient(trx, ctx, patientId);
  await assertEpisodeOfPatient(trx, ctx, input.episodeId, patientId);
  const { pack } = await effectivePack(trx, ctx.clinicId);
  const now = deps.clock().toISOString();
  const row: VisitRow = {
    id: deps.newId(),
    patientId,
    episodeId: input.episodeId,
    practitionerId: ctx.userId,
    visitAt: input.visitAt,
    type: input.type,
    status: 'draft',
    chiefComplaint: input.chiefComplaint,
    pain: null,
    engine: await visitEngineResult(
      trx,
      ctx.clinicId,
      { findings: [], overrides: [], record: emptyRecord, episodeId: input.episodeId },
      pack,
    ),
    treatedCategory: null,
    overrides: [],
    record: emptyRecord,
    signedAt: null,
    signedBy: null,
    noteLanguage: null,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  await visitRepository.insert(trx, ctx.clinicId, row, ctx.userId);
  await deps.audit.within(trx, auditOf(ctx, 'create', 'visit', [row.id], patientId));
  return { ...row, findings: [] };
}

export const visitService = {
  async create(
    deps: ServiceDeps,
    ctx: RequestContext,
    patientId: string,
    input: CreateVisit,
  ): Promise<Visit> {
    return deps.db.transaction().execute((trx) => createVisitIn(trx, deps, ctx, patientId, input));
  },

  async get(deps: ServiceDeps, ctx: RequestContext, id: string): Promise<Visit> {
    const visit = await withFindings(deps.db, ctx.clinicId, await loadVisitRow(deps.db, ctx, id));
    await deps.audit.record(auditOf(ctx, 'read', 'visit', [id], visit.patientId));
    return withCodingProblems(deps.db, ctx, visit);
  },

  async listForPatient(deps: ServiceDeps, ctx: RequestContext, patientId: string): Promise<Visit[]> {
    await loadPatient(deps.db, ctx, patientId);
    const rows = await visitRepository.listByPatient(deps.db, ctx.clinicId, patientId);
    const findings = await findingRepository.listForVisits(
      deps.db,
      ctx.clinicId,
      rows.map((r) => r.id),
    );
    await deps.audit.record(auditOf(ctx, 'read', 'visit', [patientId, ...rows.map((r) => r.id)], patientId));
    return rows.map((r) => ({ ...r, findings: findings.get(r.id) ?? [] }));
  },

  /** Saves a draft: the fields sent change, and the engine's snapshot is recomputed by the server. */
  async update(deps: ServiceDeps, ctx: RequestContext, id: string, patch: UpdateVisit): Promise<Visit> {
    const saved = await deps.db.transaction().execute(async (trx) => {
      const row = await loadVisitRow(trx, ctx, id);
      await deps.audit.within(trx, auditOf(ctx, 'update', 'visit', [id], row.patientId));
      if (row.status === 'signed') throw new AppError('VISIT_SIGNED');
      const current = await withFindings(trx, ctx.clinicId, row);
      const { findings: sentFindings, ...fields } = patch;
      return saveVersioned({
        current,
        expected: patch.version,
        change: async (stored) => {
          if (fields.episodeId !== undefined)
            await assertEpisodeOfPatient(trx, ctx, fields.episodeId, stored.patientId);
          const { pack } = await effectivePack(trx, ctx.clinicId);
          const findings = sentFindings === undefined ? undefined : checkFindings(sentFindings, pack);
          const changed = patched(stored, { ...fields, findings });
          if (changed === null) return null;
          const next: Visit = {
            ...changed,
            engine: await visitEngineResult(trx, ctx.clinicId, changed, pack),
            updatedAt: deps.clock().toISOString(),
          };
          assertReferralUrgency(next);
          return next;
        },
        write: async (next, expected) => {
          if (!(await visitRepository.update(trx, ctx.clinicId, next, expected, ctx.userId))) return false;
          if (!isDeepStrictEqual(next.findings, current.findings)) {
            await findingRepository.deleteForVisit(trx, ctx.clinicId, id);
            await findingRepository.insertForVisit(
              trx,
              { clinicId: ctx.clinicId, visitId: id, patientId: row.patientId },
              next.findings,
              deps.newId,
            );
          }
          return true;
        },
        reload: () => visitWithFindings(trx, ctx.clinicId, id),
      });
    });
    return withCodingProblems(deps.db, ctx, saved);
  },

  /**
   * Signs a draft, freezing it. The red-flag and contraindication screen must be fully answered, and a
   * plan that needs a contraindication override cannot be signed without one.
   */
  async sign(deps: ServiceDeps, ctx: RequestContext, id: string, version: number): Promise<Visit> {
    const signed = await deps.db.transaction().execute(async (trx) => {
      const row = await loadVisitRow(trx, ctx, id);
      await deps.audit.within(trx, auditOf(ctx, 'sign', 'visit', [id], row.patientId));
      if (row.status === 'signed') throw new AppError('VISIT_SIGNED');
      const next = await saveVersioned({
        current: await withFindings(trx, ctx.clinicId, row),
        expected: version,
        change: async (stored) => {
          const { pack } = await effectivePack(trx, ctx.clinicId);
          const missing = unansweredScreen(stored.findings, pack);
          if (missing.length > 0) {
            throw new AppError('SCREEN_INCOMPLETE', {
              details: missing.map((id) => ({ path: `findings.${id}`, message: 'is not answered' })),
            });
          }
          // Recomputed once more so the signed result (the coding suggestion included) is the one the
          // screen showed at signing, even when the episode's phase or ABN changed since the last save.
          const engine = await visitEngineResult(trx, ctx.clinicId, stored, pack);
          if (engine.plan?.overrideRequired === true) throw new AppError('OVERRIDE_REASON_REQUIRED');
          assertCodingSignable(await visitCodingProblems(trx, ctx.clinicId, stored), stored.record);
          const now = deps.clock().toISOString();
          const clinic = await loadClinic(trx, ctx.clinicId);
          const signed: Visit = {
            ...stored,
            engine,
            status: 'signed',
            signedAt: now,
            signedBy: ctx.userId,
            // The note reads in the clinic's language of the day it was signed, whatever changes later.
            noteLanguage: clinic.language,
            updatedAt: now,
          };
          return signed;
        },
        write: (next, expected) => visitRepository.update(trx, ctx.clinicId, next, expected, ctx.userId),
        reload: () => visitWithFindings(trx, ctx.clinicId, id),
      });
      await freezeSignedNote(trx, deps, ctx, next);
      return next;
    });
    return signed;
  },

  async listAddenda(deps: ServiceDeps, ctx: RequestContext, visitId: string): Promise<Addendum[]> {
    const row = await loadVisitRow(deps.db, ctx, visitId);
    const addenda = await visitRepository.listAddenda(deps.db, ctx.clinicId, visitId);
    await deps.audit.record(auditOf(ctx, 'read', 'addendum', [visitId], row.patientId));
    return addenda;
  },

  /**
   * Adds a signed addendum to a signed visit; addenda keep the order they were signed in. Two added
   * at the same moment race for the next number: the unique (visit, seq) index refuses one, which retries.
   */
  async addAddendum(
    deps: ServiceDeps,
    ctx: RequestContext,
    visitId: string,
    text: string,
  ): Promise<Addendum> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await insertAddendum(deps, ctx, visitId, text);
      } catch (error) {
        if (!isUniqueViolation(error) || attempt === 5) throw error;
      }
    }
  },
};
