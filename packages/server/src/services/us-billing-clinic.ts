import { ErrorCode, usBillingOn, type Clinic } from '@sotchart/contract';
import type { RequestContext } from '../auth/request-context';
import { AppError } from '../errors';
import { loadClinic } from './clinic.service';
import type { ServiceDeps } from './service-deps';

/** The clinic of the caller, refused as NOT_FOUND when the US billing features are off (country ≠ US). */
export async function usBillingClinic(deps: ServiceDeps, ctx: RequestContext): Promise<Clinic> {
  const clinic = await loadClinic(deps.db, ctx.clinicId);
  if (!usBillingOn(clinic))
    throw new AppError(ErrorCode.NOT_FOUND, {
      message: `US billing (superbill, CMS-1500) is off for this clinic: its country is ${clinic.country}.`,
    });
  return clinic;
}
