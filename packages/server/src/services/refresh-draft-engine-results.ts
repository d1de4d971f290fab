import { isDeepStrictEqual } from 'node:util';
import type { Episode } from '@sotchart/contract';
import type { Kysely } from 'kysely';
import type { RequestContext } from '../auth/request-context';
import type { Database } from '../db/database';
import { findingRepository } from '../db/repositories/finding.repository';
import { visitRepository } from '../db/repositories/visit.repository';
import { packOfRef } from './protocol.service';
import { auditOf, type ServiceDeps } from './service-deps';
import { visitEngineResult } from './visit-engine';

/**
 * Recomputes the stored engine result of an episode's draft visits after its care phase or ABN date
 * changed, so a draft's note prints the coding suggestion the screen shows (the screen reads the
 * episode as it is now). Each draft keeps the protocol revision it was charted with, so only the
 * episode's part of the result moves. Signed visits keep the result they were signed with: the write
 * is the guarded draft update (same version, still a draft), so a visit signed meanwhile is left alone.
 */
export async function refreshDraftEngineResults(
  trx: Kysely<Database>,
  deps: Pick<ServiceDeps, 'audit'>,
  ctx: RequestContext,
  episode: Pick<Episode, 'id' | 'patientId'>,
): Promise<void> {
  const drafts = (await visitRepository.listByPatient(trx, ctx.clinicId, episode.patientId)).filter(
    (v) => v.episodeId === episode.id && v.status === 'draft',
  );
  if (drafts.length === 0) return;
  const findings = await findingRepository.listForVisits(
    trx,
    ctx.clinicId,
    drafts.map((v) => v.id),
  );
  const changed: string[] = [];
  for (const draft of drafts) {
    const { pack } = await packOfRef(trx, ctx.clinicId, draft.engine.packRef);
    const visit = { ...draft, findings: findings.get(draft.id) ?? [] };
    const engine = await visitEngineResult(trx, ctx.clinicId, visit, pack);
    if (isDeepStrictEqual(engine, draft.engine)) continue;
    if (await visitRepository.update(trx, ctx.clinicId, { ...draft, engine }, draft.version, ctx.userId))
      changed.push(draft.id);
  }
  if (changed.length > 0)
    await deps.audit.within(trx, auditOf(ctx, 'update', 'visit.engine_result', changed, episode.patientId));
}
