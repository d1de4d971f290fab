import { parseArgs } from 'node:util';
import { isLanguage, languages, sourceLanguage } from '@sotchart/i18n';
import { uuidv7 } from 'uuidv7';
import { AuditCommitter } from '../audit/audit-committer';
import { authSettingsFromEnv } from '../auth/auth-settings';
import { passwordProblems } from '../auth/password-policy';
import { loadConfig } from '../config';
import { openDatabase } from '../db/connect';
import { migrateToLatest } from '../db/migrations';
import { validationFailed } from '../errors';
import { setUpClinic, type ClinicSetup } from '../services/clinic-setup.service';
import { reportInputError, UsageError } from './command-errors';
import { ask, readNewPassword } from './password-input';

export const setupUsage =
  'sotchart setup --clinic-name NAME --time-zone ZONE --email EMAIL --name "YOUR NAME" [--language ja] < password-file\n' +
  '(run it on a terminal without flags to be asked instead)';

function validTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone !== '';
  } catch {
    return false;
  }
}

async function gather(args: readonly string[]): Promise<ClinicSetup> {
  const { values } = parseArgs({
    args: [...args],
    options: {
      'clinic-name': { type: 'string' },
      'time-zone': { type: 'string' },
      email: { type: 'string' },
      name: { type: 'string' },
      language: { type: 'string' },
    },
  });
  const interactive = process.stdin.isTTY === true;
  const systemZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const value = async (option: keyof typeof values, question: string, fallback = ''): Promise<string> => {
    const given = values[option]?.trim();
    if (given !== undefined && given !== '') return given;
    if (interactive) return ask(question, fallback);
    throw new UsageError(`--${option} is required.\nUsage: ${setupUsage}`);
  };
  const clinicName = await value('clinic-name', 'Clinic name');
  const timeZone = await value('time-zone', 'Time zone', systemZone);
  const email = await value('email', 'Your email (you sign in with it)');
  const name = await value('name', 'Your name');
  const password = await readNewPassword();
  // The clinical record's language: English unless named (it can be changed in the clinic settings).
  const language = values.language?.trim() ?? sourceLanguage;
  return { clinicName, timeZone, email, name, password, language };
}

/**
 * `sotchart setup`: migrates the database, then creates a clinic and its owner in one transaction.
 * Flags and a password on stdin, or questions when run on a terminal.
 */
export async function setupCommand(args: readonly string[]): Promise<number> {
  let input: ClinicSetup;
  try {
    input = await gather(args);
    const problems = passwordProblems(input.password, { email: input.email });
    if (!validTimeZone(input.timeZone)) {
      problems.push({ path: 'time-zone', message: 'must be an IANA time zone such as America/Chicago' });
    }
    if (!isLanguage(input.language ?? sourceLanguage)) {
      problems.push({ path: 'language', message: `must be one of ${languages.join(', ')}` });
    }
    if (problems.length > 0) throw validationFailed(problems);
  } catch (error) {
    return reportInputError(error);
  }
  const handle = await openDatabase(loadConfig());
  try {
    await migrateToLatest(handle.db);
    const clock = () => new Date();
    const audit = new AuditCommitter({ db: handle.db, dialect: handle.dialect, clock });
    const { clinic, owner } = await setUpClinic(
      { db: handle.db, audit, clock, newId: uuidv7 },
      input,
      authSettingsFromEnv(),
      'cli:setup',
    );
    await audit.close();
    console.log(`Created the clinic "${clinic.name}" (${clinic.id}) and its owner ${owner.email}.`);
    console.log('Start SOT Chart with "npm start" and sign in with that email and password.');
    return 0;
  } catch (error) {
    return reportInputError(error);
  } finally {
    await handle.close();
  }
}
