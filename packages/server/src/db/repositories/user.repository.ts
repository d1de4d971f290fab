import type { Role, User } from '@sotchart/contract';
import type { Kysely, Selectable } from 'kysely';
import type { DialectName } from '../connect';
import type { AppUserTable, Database } from '../database';
import { fromFlag, toFlag } from '../json';
import { storedLanguage } from '../stored-language';

type Row = Selectable<AppUserTable>;

/** A user with what only sign-in may see. */
export interface UserCredentials {
  readonly user: User;
  readonly clinicId: string;
  readonly passwordHash: string;
}

function toUser(row: Row): User {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role as Role,
    active: fromFlag(row.active),
    mustChangePassword: fromFlag(row.must_change_password),
    profile: {
      nameAsSigned: row.name_as_signed,
      degree: row.degree,
      licenceNumber: row.licence_number,
      licenceState: row.licence_state,
      npi: row.npi,
    },
    language: storedLanguage(row.language),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

function toColumns(user: User) {
  return {
    email: user.email,
    display_name: user.displayName,
    role: user.role,
    active: toFlag(user.active),
    must_change_password: toFlag(user.mustChangePassword),
    name_as_signed: user.profile.nameAsSigned,
    degree: user.profile.degree,
    licence_number: user.profile.licenceNumber,
    licence_state: user.profile.licenceState,
    npi: user.profile.npi,
    language: user.language,
    updated_at: user.updatedAt,
    version: user.version,
  };
}

export const userRepository = {
  async insert(db: Kysely<Database>, clinicId: string, user: User, passwordHash: string): Promise<void> {
    await db
      .insertInto('app_user')
      .values({
        id: user.id,
        clinic_id: clinicId,
        password_hash: passwordHash,
        created_at: user.createdAt,
        ...toColumns(user),
      })
      .execute();
  },

  async findById(db: Kysely<Database>, clinicId: string, id: string): Promise<User | undefined> {
    const row = await db
      .selectFrom('app_user')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined ? undefined : toUser(row);
  },

  /**
   * Sign-in looks up every account with an email, whatever the clinic: emails are unique per clinic
   * (0041), so one address may hold accounts in several. Oldest first, so a choice lists them stably.
   */
  async findCredentialsByEmail(db: Kysely<Database>, email: string): Promise<UserCredentials[]> {
    const rows = await db
      .selectFrom('app_user')
      .selectAll()
      .where('email', '=', email)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map((row) => ({
      user: toUser(row),
      clinicId: row.clinic_id,
      passwordHash: row.password_hash,
    }));
  },

  async findPasswordHash(db: Kysely<Database>, clinicId: string, id: string): Promise<string | undefined> {
    const row = await db
      .selectFrom('app_user')
      .select('password_hash')
      .where('clinic_id', '=', clinicId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row?.password_hash;
  },

  async listByClinic(db: Kysely<Database>, clinicId: string): Promise<User[]> {
    const rows = await db
      .selectFrom('app_user')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .orderBy('display_name')
      .orderBy('id')
      .execute();
    return rows.map(toUser);
  },

  async emailTaken(db: Kysely<Database>, clinicId: string, email: string): Promise<boolean> {
    const row = await db
      .selectFrom('app_user')
      .select('id')
      .where('clinic_id', '=', clinicId)
      .where('email', '=', email)
      .executeTakeFirst();
    return row !== undefined;
  },

  /**
   * The clinic's active owners. On PostgreSQL their rows are locked FOR UPDATE, so two owners demoting
   * each other at once cannot both pass the "one owner must remain" check.
   */
  async lockActiveOwners(db: Kysely<Database>, dialect: DialectName, clinicId: string): Promise<string[]> {
    const rows = await db
      .selectFrom('app_user')
      .select('id')
      .where('clinic_id', '=', clinicId)
      .where('role', '=', 'owner')
      .where('active', '=', 1)
      .$if(dialect === 'postgres', (q) => q.forUpdate())
      .execute();
    return rows.map((r) => r.id);
  },

  /** Writes `next` if the stored version is still `expectedVersion`; false when someone saved first. */
  async update(
    db: Kysely<Database>,
    clinicId: string,
    next: User,
    expectedVersion: number,
    passwordHash?: string,
  ): Promise<boolean> {
    const result = await db
      .updateTable('app_user')
      .set({ ...toColumns(next), ...(passwordHash === undefined ? {} : { password_hash: passwordHash }) })
      .where('clinic_id', '=', clinicId)
      .where('id', '=', next.id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  },
};
