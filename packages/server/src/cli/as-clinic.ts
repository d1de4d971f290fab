import { uuidv7 } from 'uuidv7';
import { AuditCommitter } from '../audit/audit-committer';
import { loadConfig } from '../config';
import { openDatabase } from '../db/connect';
import { migrateToLatest } from '../db/migrations';
import type { ExportActor } from '../services/export.service';
import type { ServiceDeps } from '../services/service-deps';
import { clinicOption } from './clinic-option';

/** What a command acting for a clinic works with: the services' dependencies and its actor. */
export interface ClinicCommand {
  readonly deps: ServiceDeps;
  /** The clinic with no user, audited with the request id `cli:<command>`. */
  readonly actor: ExportActor;
}

/**
 * Opens and migrates the database, picks the clinic (`--clinic`, else as `choice` says) and runs
 * `work` for it as the clinic's owner with no user; the audit and the database close after, whatever
 * `work` does.
 */
export async function asClinic<T>(
  command: string,
  clinic: string | undefined,
  choice: Parameters<typeof clinicOption>[2],
  work: (c: ClinicCommand) => Promise<T>,
): Promise<T> {
  const handle = await openDatabase(loadConfig());
  const clock = () => new Date();
  const audit = new AuditCommitter({ db: handle.db, dialect: handle.dialect, clock });
  try {
    await migrateToLatest(handle.db);
    const clinicId = (await clinicOption(handle, clinic, choice)).id;
    return await work({
      deps: { db: handle.db, audit, clock, newId: uuidv7 },
      actor: { clinicId, userId: null, role: 'owner', requestId: `cli:${command}`, ip: 'local' },
    });
  } finally {
    await audit.close();
    await handle.close();
  }
}
