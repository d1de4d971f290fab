import type { ClinicDiagnosisCodes, UpdateClinicDiagnosisCodes } from '@sotchart/contract';
import type { RequestContext } from '../auth/request-context';
import { clinicDiagnosisCodesRepository } from '../db/repositories/clinic-diagnosis-codes.repository';
import { saveVersioned } from './save-versioned';
import { auditOf, type ServiceDeps } from './service-deps';

/** No list saved yet: no codes of the clinic's own, version 0. */
export const emptyClinicDiagnosisCodes: ClinicDiagnosisCodes = { codes: [], version: 0 };

/** The clinic's own ICD-10-CM codes, which the coding checks take as known beside the shipped list. */
export const clinicDiagnosisCodesService = {
  async get(deps: ServiceDeps, ctx: RequestContext): Promise<ClinicDiagnosisCodes> {
    return (await clinicDiagnosisCodesRepository.find(deps.db, ctx.clinicId)) ?? emptyClinicDiagnosisCodes;
  },

  /** Replaces the list; `version` is the one last read (0 before the first save). */
  async put(
    deps: ServiceDeps,
    ctx: RequestContext,
    input: UpdateClinicDiagnosisCodes,
  ): Promise<ClinicDiagnosisCodes> {
    const saved = await deps.db.transaction().execute(async (trx) => {
      const stored = await clinicDiagnosisCodesRepository.find(trx, ctx.clinicId);
      const at = deps.clock().toISOString();
      const next = await saveVersioned({
        current: stored ?? emptyClinicDiagnosisCodes,
        expected: input.version,
        change: (current) => ({ ...current, codes: input.codes }),
        write: async (list, expected) => {
          if (stored !== undefined)
            return clinicDiagnosisCodesRepository.update(trx, ctx.clinicId, list, expected, at, ctx.userId);
          await clinicDiagnosisCodesRepository.insert(trx, ctx.clinicId, list, at, ctx.userId);
          return true;
        },
        reload: () => clinicDiagnosisCodesRepository.find(trx, ctx.clinicId),
      });
      await deps.audit.within(trx, auditOf(ctx, 'update', 'clinic_diagnosis_codes', [ctx.clinicId], null));
      return next;
    });
    return saved;
  },
};
