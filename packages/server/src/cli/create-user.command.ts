import { parseArgs } from 'node:util';
import { AuditCommitter } from '../audit/audit-committer';
import { authSettingsFromEnv } from '../auth/auth-settings';
import { createUser } from '../auth/create-user';
import { roles, type Role } from '../auth/permissions';
import { loadConfig } from '../config';
import { openDatabase, type DatabaseHandle } from '../db/connect';
import { migrateToLatest } from '../db/migrations';
import { reportInputError, UsageError } from './command-errors';
import { readNewPassword } from './password-input';

export const createUserUsage = `sotchart create-user --email EMAIL --name NAME --role ${roles.join('|')} [--clinic ID] < password-file`;

/** The clinic named by --clinic, or the only real (non-demo) clinic when there is just one. */
async function clinicOf(
  handle: DatabaseHandle,
  given: string | undefined,
): Promise<{ id: string; name: string }> {
  const clinics = await handle.db
    .selectFrom('clinic')
    .select(['id', 'name', 'is_demo'])
    .$if(given !== undefined, (q) => q.where('id', '=', given as string))
    .orderBy('created_at')
    .execute();
  if (given !== undefined) {
    const clinic = clinics[0];
    if (clinic === undefined) throw new UsageError(`No clinic has the id ${given}.`);
    return clinic;
  }
  const real = clinics.filter((c) => c.is_demo === 0);
  const only = real[0];
  if (real.length === 1 && only !== undefined) return only;
  if (real.length === 0) throw new UsageError('There is no clinic yet; run "sotchart setup" first.');
  const list = real.map((c) => `  ${c.id}  ${c.name}`).join('\n');
  throw new UsageError(`Several clinics exist; choose one with --clinic ID:\n${list}`);
}

/**
 * `sotchart create-user`: adds a user to a clinic with the password read from stdin (or typed twice on
 * a terminal). Like a password an owner hands out, it must be changed at first sign-in.
 */
export async function createUserCommand(args: readonly string[]): Promise<number> {
  let email: string;
  let name: string;
  let role: Role;
  let clinic: string | undefined;
  let password: string;
  try {
    const { values } = parseArgs({
      args: [...args],
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        role: { type: 'string' },
        clinic: { type: 'string' },
      },
    });
    if (values.email === undefined || values.name === undefined || values.role === undefined) {
      throw new UsageError(`--email, --name and --role are required.\nUsage: ${createUserUsage}`);
    }
    if (!(roles as readonly string[]).includes(values.role)) {
      throw new UsageError(`--role must be one of ${roles.join(', ')}, not "${values.role}".`);
    }
    email = values.email;
    name = values.name;
    role = values.role as Role;
    clinic = values.clinic;
    password = await readNewPassword();
  } catch (error) {
    return reportInputError(error);
  }
  const handle = await openDatabase(loadConfig());
  try {
    await migrateToLatest(handle.db);
    const target = await clinicOf(handle, clinic);
    const audit = new AuditCommitter({ db: handle.db, dialect: handle.dialect, clock: () => new Date() });
    const user = await createUser(
      handle.db,
      { clinicId: target.id, email, displayName: name, role, password, mustChangePassword: true },
      authSettingsFromEnv(),
      undefined,
      (trx, created) =>
        audit.within(trx, {
          clinicId: target.id,
          actorId: null,
          action: 'create',
          entityType: 'user',
          entityIds: [created.id],
          patientId: null,
          requestId: 'cli:create-user',
          ip: 'local',
        }),
    );
    await audit.close();
    console.log(`Created ${role} ${user.email} in "${target.name}" (${target.id}).`);
    console.log('They must choose a new password at first sign-in.');
    return 0;
  } catch (error) {
    return reportInputError(error);
  } finally {
    await handle.close();
  }
}
