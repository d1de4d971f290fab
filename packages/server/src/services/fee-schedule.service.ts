import type { FeeEntry, FeeSchedule, UpdateFeeSchedule } from '@sotchart/contract';
import type { RequestContext } from '../auth/request-context';
import { feeScheduleRepository } from '../db/repositories/fee-schedule.repository';
import { saveVersioned } from './save-versioned';
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
      const stored = await feeScheduleRepository.find(trx, ctx.clinicId);
      const at = deps.clock().toISOString();
      const next = await saveVersioned({
        current: stored ?? emptyFeeSchedule,
        expected: input.version,
        change: (current) => ({ ...current, currency: input.currency, entries: input.entries }),
        write: async (schedule, expected) => {
          if (stored !== undefined)
            return feeScheduleRepository.update(trx, ctx.clinicId, schedule, expected, at, ctx.userId);
          await feeScheduleRepository.insert(trx, ctx.clinicId, schedule, at, ctx.userId);
          return true;
        },
        reload: () => feeScheduleRepository.find(trx, ctx.clinicId),
      });
      await deps.audit.within(trx, auditOf(ctx, 'update', 'fee_schedule', [ctx.clinicId], null));
      return next;
    });
    return saved;
  },
};
