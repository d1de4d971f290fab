import type { Clinic, UpdateClinic } from '@sotchart/contract';
import type { RequestContext } from '../auth/request-context';
import { clinicRepository } from '../db/repositories/clinic.repository';
import { notFound } from '../errors';
import { applyChange, lostRace } from './apply-change';
import { auditOf, type ServiceDeps } from './service-deps';

export const clinicService = {
  async get(deps: ServiceDeps, ctx: RequestContext): Promise<Clinic> {
    const clinic = await clinicRepository.findById(deps.db, ctx.clinicId);
    if (clinic === undefined) throw notFound();
    return clinic;
  },

  async update(deps: ServiceDeps, ctx: RequestContext, patch: UpdateClinic): Promise<Clinic> {
    return deps.db.transaction().execute(async (trx) => {
      const current = await clinicRepository.findById(trx, ctx.clinicId);
      if (current === undefined) throw notFound();
      await deps.audit.within(trx, auditOf(ctx, 'update', 'clinic', [ctx.clinicId], null));
      const next = applyChange(current, patch);
      if (next === null) return current;
      if (!(await clinicRepository.update(trx, next, current.version, deps.clock().toISOString()))) {
        throw lostRace(await clinicRepository.findById(trx, ctx.clinicId));
      }
      return next;
    });
  },
};
