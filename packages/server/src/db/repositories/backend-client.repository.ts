import type { BackendClient } from '@sotchart/contract';
import type { Kysely, Selectable } from 'kysely';
import { keyIdsOf } from '../../smart/client-jwks';
import type { BackendClientTable, Database } from '../database';
import { fromJson, toJson } from '../json';

type Jwks = { keys: Record<string, unknown>[] };

/** A client as the token endpoint needs it: its clinic, public keys and the scopes it may have. */
export interface BackendClientKeys {
  readonly id: string;
  readonly clinicId: string;
  readonly jwks: Jwks;
  readonly scopes: readonly string[];
}

const toClient = (row: Selectable<BackendClientTable>): BackendClient => ({
  id: row.id,
  name: row.name,
  scopes: fromJson<string[]>(row.scopes),
  keyIds: keyIdsOf(fromJson<Jwks>(row.jwks)),
  createdAt: row.created_at,
  revokedAt: row.revoked_at,
});

/** Systems registered for SMART Backend Services, per clinic. */
export const backendClientRepository = {
  async insert(
    db: Kysely<Database>,
    row: { id: string; clinicId: string; name: string; jwks: Jwks; scopes: readonly string[] },
    at: string,
    actorId: string,
  ): Promise<BackendClient> {
    const values = {
      id: row.id,
      clinic_id: row.clinicId,
      name: row.name,
      jwks: toJson(row.jwks),
      scopes: toJson(row.scopes),
      created_by: actorId,
      created_at: at,
      revoked_at: null,
    };
    await db.insertInto('backend_client').values(values).execute();
    return toClient(values);
  },

  async listByClinic(db: Kysely<Database>, clinicId: string): Promise<BackendClient[]> {
    const rows = await db
      .selectFrom('backend_client')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .execute();
    return rows.map(toClient);
  },

  async findById(db: Kysely<Database>, clinicId: string, id: string): Promise<BackendClient | undefined> {
    const row = await db
      .selectFrom('backend_client')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined ? undefined : toClient(row);
  },

  /** A client that is not revoked, whatever its clinic: the token endpoint knows only the client id. */
  async findActiveKeys(db: Kysely<Database>, id: string): Promise<BackendClientKeys | undefined> {
    const row = await db
      .selectFrom('backend_client')
      .select(['id', 'clinic_id', 'jwks', 'scopes'])
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return row === undefined
      ? undefined
      : {
          id: row.id,
          clinicId: row.clinic_id,
          jwks: fromJson<Jwks>(row.jwks),
          scopes: fromJson<string[]>(row.scopes),
        };
  },

  /** Marks the client revoked (once); false when it was already. */
  async revoke(db: Kysely<Database>, clinicId: string, id: string, at: string): Promise<boolean> {
    const result = await db
      .updateTable('backend_client')
      .set({ revoked_at: at })
      .where('clinic_id', '=', clinicId)
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  },
};
