import { parseArgs } from 'node:util';
import { uuidv7 } from 'uuidv7';
import { AuditCommitter } from '../audit/audit-committer';
import { startChain } from '../audit/start-chain';
import { authSettingsFromEnv } from '../auth/auth-settings';
import { createUser } from '../auth/create-user';
import { passwordProblems } from '../auth/password-policy';
import { loadConfig } from '../config';
import { openDatabase } from '../db/connect';
import { migrateToLatest } from '../db/migrations';
import { clinicRepository } from '../db/repositories/clinic.repository';
import { validationFailed } from '../errors';
import { reportInputError, UsageError } from './command-errors';
import { ask, readNewPassword } from './password-input';

export const setupUsage =
  'sotchart setup --clinic-name NAME --time-zone ZONE --email EMAIL --name "YOUR NAME" < password-file\n' +
  '(run it on a terminal without flags to be asked instead)';

function validTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone !== '';
  } catch {
    return false;
  }
}

interface SetupInput {
  clinicName: string;
  timeZone: string;
  email: string;
  name: string;
  password: string;
}

async function gather(args: readonly string[]): Promise<SetupInput> {
  const { values } = parseArgs({
    args: [...args],
    options: {
      'clinic-name': { type: 'string' },
      'time-zone': { type: 'string' },
      email: { type: 'string' },
      name: { type: 'string' },
    },
  });
  const interactive = process.stdin.isTTY === true;
  const systemZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const value = async (flag: keyof typeof values, question: string, fallback = ''): Promise<string> => {
    const given = values[flag]?.trim();
    if (given !== undefined && given !== '') return given;
    if (interactive) return ask(question, fallback);
    throw new UsageError(`--${flag} is required.\nUsage: ${setupUsage}`);
  };
  const clinicName = await value('clinic-name', 'Clinic name');
  const timeZone = await value('time-zone', 'Time zone', systemZone);
  const email = await value('email', 'Your email (you sign in with it)');
  const name = await value('name', 'Your name');
  const password = await readNewPassword();
  return { clinicName, timeZone, email, name, password };
}

/**
 * `sotchart setup`: migrates the database, then creates a clinic and its owner in one transaction.
 * Flags and a password on stdin, or questions when run on a terminal.
 */
export async function setupCommand(args: readonly string[]): Promise<number> {
  let input: SetupInput;
  try {
    input = await gather(args);
    const problems = passwordProblems(input.password, { email: input.email });
    if (!validTimeZone(input.timeZone)) {
      problems.push({ path: 'time-zone', message: 'must be an IANA time zone such as America/Chicago' });
    }
    if (problems.length > 0) throw validationFailed(problems);
  } catch (error) {
    return reportInputError(error);
  }
  const handle = await openDatabase(loadConfig());
  try {
    await migrateToLatest(handle.db);
    const settings = authSettingsFromEnv();
    const clinicId = uuidv7();
    const now = new Date();
    const audit = new AuditCommitter({ db: handle.db, dialect: handle.dialect, clock: () => new Date() });
    const owner = await handle.db.transaction().execute(async (trx) => {
      await clinicRepository.insert(
        trx,
        {
          id: clinicId,
          name: input.clinicName,
          address: '',
          timeZone: input.timeZone,
          isDemo: false,
          version: 1,
        },
        now.toISOString(),
      );
      await startChain(trx, clinicId, now.toISOString());
      const created = await createUser(
        trx,
        { clinicId, email: input.email, displayName: input.name, role: 'owner', password: input.password },
        settings,
      );
      await audit.within(trx, {
        clinicId,
        actorId: null,
        action: 'create',
        entityType: 'user',
        entityIds: [clinicId, created.id],
        patientId: null,
        requestId: 'cli:setup',
        ip: 'local',
      });
      return created;
    });
    await audit.close();
    console.log(`Created the clinic "${input.clinicName}" (${clinicId}) and its owner ${owner.email}.`);
    console.log('Start SOT Chart with "npm start" and sign in with that email and password.');
    return 0;
  } catch (error) {
    return reportInputError(error);
  } finally {
    await handle.close();
  }
}
