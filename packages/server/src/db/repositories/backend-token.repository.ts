import type { Kysely } from 'kysely';
import type { Database } from '../database';
import { fromJson, toJson } from '../json';
import { isUniqueViolation } from '../unique-violation';

/** What an access token stands for, once looked up by its hash. */
export interface BackendGrant {
  readonly clientId: string;
  readonly clinicId: string;
  readonly scopes: readonly string[];
}

/** The assertion ids clients used, and the access tokens issued to them. */
export const backendTokenRepository = {
  /** Records an assertion id until `expiresAt`; false when the client already used it (a replay). */
  async rememberAssertion(
    db: Kysely<Database>,
    clientId: string,
    jti: string,
    expiresAt: string,
  ): Promise<boolean> {
    try {
      await db
        .insertInto('backend_assertion')
        .values({ client_id: clientId, jti, expires_at: expiresAt })
        .execute();
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  },

  /** Forgets assertion ids and tokens that have expired: neither can be used any more. */
  async purgeExpired(db: Kysely<Database>, now: string): Promise<void> {
    await db.deleteFrom('backend_assertion').where('expires_at', '<', now).execute();
    await db.deleteFrom('backend_token').where('expires_at', '<', now).execute();
  },

  async insertToken(
    db: Kysely<Database>,
    tokenHash: string,
    grant: BackendGrant,
    expiresAt: string,
  ): Promise<void> {
    await db
      .insertInto('backend_token')
      .values({
        token_hash: tokenHash,
        client_id: grant.clientId,
        clinic_id: grant.clinicId,
        scopes: toJson(grant.scopes),
        expires_at: expiresAt,
      })
      .execute();
  },

  /** The grant of a token that has not expired and whose client is not revoked. */
  async findLiveToken(
    db: Kysely<Database>,
    tokenHash: string,
    now: string,
  ): Promise<BackendGrant | undefined> {
    const row = await db
      .selectFrom('backend_token')
      .innerJoin('backend_client', 'backend_client.id', 'backend_token.client_id')
      .select(['backend_token.client_id', 'backend_token.clinic_id', 'backend_token.scopes'])
      .where('backend_token.token_hash', '=', tokenHash)
      .where('backend_token.expires_at', '>', now)
      .where('backend_client.revoked_at', 'is', null)
      .executeTakeFirst();
    return row === undefined
      ? undefined
      : { clientId: row.client_id, clinicId: row.clinic_id, scopes: fromJson<string[]>(row.scopes) };
  },
};
