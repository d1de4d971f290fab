import { isGranted, type Clinic, type UpdateClinic } from '@sotchart/contract';
import type { Kysely } from 'kysely';
import type { RequestContext } from '../auth/request-context';
import type { Database } from '../db/database';
import { clinicRepository } from '../db/repositories/clinic.repository';
import { notFound } from '../errors';
import { patched, saveVersioned } from './save-versioned';
import { auditOf, type ServiceDeps } from './service-deps';

/** Loads a clinic by id; a missing one is NOT_FOUND. */
export async function loadClinic(db: Kysely<Database>, clinicId: string): Promise<Clinic> {
  const clinic = await clinicRepository.findById(db, clinicId);
  if (clinic === undefined) throw notFound();
  return clinic;
}

/** The clinic's time zone: visit dates, due dates and printed dates are days there. */
export async function clinicTimeZone(db: Kysely<Database>, clinicId: string): Promise<string> {
  return (await loadClinic(db, clinicId)).timeZone;
}

/** Every clinic's id, name and demo flag, oldest first: what a CLI command may choose from. */
export function clinicChoices(
  db: Kysely<Database>,
): Promise<{ id: string; name: string; isDemo: boolean }[]> {
  return clinicRepository.listChoices(db);
}

/** Whether the database holds a demo clinic. */
export async function hasDemoClinic(db: Kysely<Database>): Promise<boolean> {
  return (await clinicChoices(db)).some((c) => c.isDemo);
}

export const clinicService = {
  async get(deps: ServiceDeps, ctx: RequestContext): Promise<Clinic> {
    const clinic = await loadClinic(deps.db, ctx.clinicId);
    // The tax ID may be the practitioner's SSN: roles that never print a claim see its last 4 digits.
    return isGranted(ctx.role, 'clinicalRead') || clinic.taxId === null
      ? clinic
      : { ...clinic, taxId: `•••${clinic.taxId.slice(-4)}` };
  },

  async update(deps: ServiceDeps, ctx: RequestContext, patch: UpdateClinic): Promise<Clinic> {
    return deps.db.transaction().execute(async (trx) => {
      const current = await loadClinic(trx, ctx.clinicId);
      await deps.audit.within(trx, auditOf(ctx, 'update', 'clinic', [ctx.clinicId], null));
      return saveVersioned({
        current,
        expected: patch.version,
        change: (stored) => patched(stored, patch),
        write: (next, expected) => clinicRepository.update(trx, next, expected, deps.clock().toISOString()),
        reload: () => clinicRepository.findById(trx, ctx.clinicId),
      });
    });
  },
};
