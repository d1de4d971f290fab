import type { FeeEntry, FeeSchedule, UpdateFeeSchedule } from '@sotchart/contract';
import type { RequestContext } from '../auth/request-context';
import { feeScheduleRepository } from '../db/repositories/fee-schedule.repository';
import { AppError } from '../errors';
import { auditOf, type ServiceDeps } from './service-deps';

/** No schedule saved yet: no fees, version 0. */
export const emptyFeeSchedule: FeeSchedule = { currency: 'USD', entries: [], version: 0 };

/** The fee of a code with its modifiers: an entry for code + one of the modifiers, else the plain code. */
export function feeOf(
  schedule: FeeSchedule,
  code: string,
  modifiers: readonly string[],
): FeeEntry | undefined {
  return (
    schedule.entries.find((e) => e.code === code && e.modifier !== null && modifiers.includes(e.modifier)) ??
    schedule.entries.find((e) => e.code === code && e.modifier === null)
  );
}

export const feeScheduleService = {
  async get(deps: ServiceDeps, ctx: RequestContext): Promise<FeeSchedule> {
    return (await feeScheduleRepository.find(deps.db, ctx.clinicId)) ?? emptyFeeSchedule;
  },

  /** Replaces the schedule; `version` is the one last read (0 before the first save). */
  async put(deps: ServiceDeps, ctx: RequestContext, input: UpdateFeeSchedule): Promise<FeeSchedule> {
    const saved = await deps.db.transaction().execute(async (trx) => {
      const current = (await feeScheduleRepository.find(trx, ctx.clinicId)) ?? emptyFeeSchedule;
      if (input.version !== current.version) throw new AppError('VERSION_CONFLICT', { current });
      const next: FeeSchedule = {
        currency: input.currency,
        entries: input.entries,
        version: current.version + 1,
      };
      const at = deps.clock().toISOString();
      if (current.version === 0) await feeScheduleRepository.insert(trx, ctx.clinicId, next, at, ctx.userId);
      else if (
        !(await feeScheduleRepository.update(trx, ctx.clinicId, next, current.version, at, ctx.userId))
      )
        throw new AppError('VERSION_CONFLICT', {
          current: await feeScheduleRepository.find(trx, ctx.clinicId),
        });
      await deps.audit.within(trx, auditOf(ctx, 'update', 'fee_schedule', [ctx.clinicId], null));
      return next;
    });
    return saved;
  },
};
