import { CreateUserSchema, ProfileSchema, type Profile, type Role, type User } from '@sotchart/contract';
import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import { z } from 'zod';
import type { Database } from '../db/database';
import { userRepository } from '../db/repositories/user.repository';
import { isUniqueViolation } from '../db/unique-violation';
import { validationFailed } from '../errors';
import { parseInput } from '../http/parse-input';
import type { AuthSettings } from './auth-settings';
import { hashPassword } from './password-hashing';
import { passwordProblems } from './password-policy';

export interface NewUser {
  readonly clinicId: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  readonly password: string;
  /** True for a password someone else chose: the user must replace it at first sign-in. */
  readonly mustChangePassword?: boolean;
  readonly profile?: Partial<Profile>;
}

const NewUserSchema = CreateUserSchema.omit({ temporaryPassword: true }).extend({
  clinicId: z.string().min(1),
  password: z.string(),
  mustChangePassword: z.boolean().optional(),
});

const emptyProfile: Profile = {
  nameAsSigned: '',
  degree: '',
  licenceNumber: '',
  licenceState: '',
  npi: null,
};

/**
 * An email that already belongs to a user of this clinic. Emails are unique per clinic (migration
 * 0041), so an account in another clinic never refuses one here and the answer tells an owner nothing
 * they cannot see in their own user list (issue 16).
 */
export const emailInUse = () =>
  validationFailed([{ path: 'email', message: 'is already used by another user of this clinic' }]);

/**
 * Creates a user of a clinic (the user row is also the practitioner): validates the email, the role,
 * the profile and the password policy (VALIDATION_FAILED naming each bad field), hashes the password
 * with argon2id and stores the row. Pass a transaction as `db` to make it part of a larger write. It
 * records no audit event itself: the caller's `alongside` (its audit row) runs in the insert's
 * transaction, so the user and its audit row commit together.
 * @example await createUser(db, { clinicId, email: 'ana@example.org', displayName: 'Dr Ana Ruiz', role: 'practitioner', password }, settings)
 */
export async function createUser(
  db: Kysely<Database>,
  input: NewUser,
  settings: Pick<AuthSettings, 'argon2'>,
  clock: () => Date = () => new Date(),
  alongside?: (trx: Kysely<Database>, user: User) => Promise<void>,
): Promise<User> {
  const parsed = parseInput(NewUserSchema, input, 'body');
  const problems = passwordProblems(parsed.password, { email: parsed.email });
  if (problems.length > 0) throw validationFailed(problems);
  const profile = parseInput(ProfileSchema, { ...emptyProfile, ...parsed.profile }, 'body');
  if (await userRepository.emailTaken(db, parsed.clinicId, parsed.email)) throw emailInUse();
  const now = clock().toISOString();
  const user: User = {
    id: uuidv7(),
    email: parsed.email,
    displayName: parsed.displayName,
    role: parsed.role,
    active: true,
    mustChangePassword: parsed.mustChangePassword ?? false,
    profile,
    language: null,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  const passwordHash = await hashPassword(parsed.password, settings.argon2);
  const insert = async (trx: Kysely<Database>): Promise<void> => {
    await userRepository.insert(trx, parsed.clinicId, user, passwordHash);
    await alongside?.(trx, user);
  };
  try {
    // The password is hashed before the transaction, so it holds no connection while argon2 runs.
    if (alongside === undefined || db.isTransaction) await insert(db);
    else await db.transaction().execute(insert);
  } catch (error) {
    if (isUniqueViolation(error)) throw emailInUse();
    throw error;
  }
  return user;
}
