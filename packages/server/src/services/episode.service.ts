import type { CreateEpisode, Episode, UpdateEpisode } from '@sotchart/contract';
import type { RequestContext } from '../auth/request-context';
import { episodeRepository } from '../db/repositories/episode.repository';
import { notFound } from '../errors';
import { loadPatient } from './patient.service';
import { refreshDraftEngineResults } from './refresh-draft-engine-results';
import { patched, saveVersioned } from './save-versioned';
import { auditOf, type ServiceDeps } from './service-deps';

export const episodeService = {
  async list(deps: ServiceDeps, ctx: RequestContext, patientId: string): Promise<Episode[]> {
    await loadPatient(deps.db, ctx, patientId);
    const episodes = await episodeRepository.listByPatient(deps.db, ctx.clinicId, patientId);
    await deps.audit.record(auditOf(ctx, 'read', 'episode', [patientId], patientId));
    return episodes;
  },

  async create(
    deps: ServiceDeps,
    ctx: RequestContext,
    patientId: string,
    input: CreateEpisode,
  ): Promise<Episode> {
    const now = deps.clock().toISOString();
    const episode: Episode = {
      ...input,
      id: deps.newId(),
      patientId,
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    await deps.db.transaction().execute(async (trx) => {
      await loadPatient(trx, ctx, patientId);
      await episodeRepository.insert(trx, ctx.clinicId, episode, ctx.userId);
      await deps.audit.within(trx, auditOf(ctx, 'create', 'episode', [episode.id], patientId));
    });
    return episode;
  },

  async update(deps: ServiceDeps, ctx: RequestContext, id: string, patch: UpdateEpisode): Promise<Episode> {
    const result = await deps.db.transaction().execute(async (trx) => {
      const current = await episodeRepository.findById(trx, ctx.clinicId, id);
      if (current === undefined) throw notFound();
      await deps.audit.within(trx, auditOf(ctx, 'update', 'episode', [id], current.patientId));
      const saved = await saveVersioned({
        current,
        expected: patch.version,
        change: (stored) => {
          const next = patched(stored, patch);
          return next === null ? null : { ...next, updatedAt: deps.clock().toISOString() };
        },
        write: (next, expected) => episodeRepository.update(trx, ctx.clinicId, next, expected, ctx.userId),
        reload: () => episodeRepository.findById(trx, ctx.clinicId, id),
      });
      // The care phase and the ABN date decide the coding suggestion of the episode's drafts.
      if (saved.phase !== current.phase || saved.abnDate !== current.abnDate)
        await refreshDraftEngineResults(trx, deps, ctx, saved);
      return saved;
    });
    return result;
  },
};
