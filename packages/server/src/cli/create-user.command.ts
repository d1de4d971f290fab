import { roles, type Role } from '@sotchart/contract';
import { parseArgs } from 'node:util';
import { AuditCommitter } from '../audit/audit-committer';
import { authSettingsFromEnv } from '../auth/auth-settings';
import { createUser } from '../auth/create-user';
import { loadConfig } from '../config';
import { openDatabase } from '../db/connect';
import { migrateToLatest } from '../db/migrations';
import { reportInputError, UsageError } from './command-errors';
import { clinicOption } from './clinic-option';
import { readNewPassword } from './password-input';

export const createUserUsage = `sotchart create-user --email EMAIL --name NAME --role ${roles.join('|')} [--clinic ID] < password-file`;

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
    const target = await clinicOption(handle, clinic, {
      none: 'There is no clinic yet; run "sotchart setup" first.',
      demo: 'only-by-id',
    });
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
