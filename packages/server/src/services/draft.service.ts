import { isGranted, type DraftsQuery, type StaleDraft } from '@sotchart/contract';
import type { RequestContext } from '../auth/request-context';
import { draftRepository } from '../db/repositories/draft.repository';
import { userRepository } from '../db/repositories/user.repository';
import { forbidden, notFound } from '../errors';
import { auditOf, type ServiceDeps } from './service-deps';

/** A draft is stale, and listed, once its visit time is more than this long ago. */
const staleAfterMs = 24 * 60 * 60 * 1000;

/** Whose drafts the caller asks for: their own, or (owners only) another user's of the clinic. */
async function practitionerOf(deps: ServiceDeps, ctx: RequestContext, query: DraftsQuery): Promise<string> {
  const id = query.practitionerId;
  if (id === undefined || id === ctx.userId) return ctx.userId;
  if (!isGranted(ctx.role, 'clinicAdmin')) throw forbidden();
  if ((await userRepository.findById(deps.db, ctx.clinicId, id)) === undefined) throw notFound();
  return id;
}

export const draftService = {
  /** Unsigned drafts timed more than a day before now, oldest first: the ones a practitioner forgot. */
  async listStale(deps: ServiceDeps, ctx: RequestContext, query: DraftsQuery): Promise<StaleDraft[]> {
    const practitionerId = await practitionerOf(deps, ctx, query);
    const before = new Date(deps.clock().getTime() - staleAfterMs).toISOString();
    const drafts = await draftRepository.listBefore(deps.db, ctx.clinicId, practitionerId, before);
    if (drafts.length > 0) {
      const ids = drafts.map((d) => d.visitId);
      await deps.audit.record(auditOf(ctx, 'read', 'draft_list', ids, null));
    }
    return drafts;
  },
};
