import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { notFound } from '../errors';

type OwnedTable = 'patient' | 'visit' | 'episode';

/**
 * A route's `ownedBy` check: the `:id` param names a row of `table` in the caller's clinic, else
 * NOT_FOUND — so a role that may not use the route still cannot tell a foreign id from a missing one.
 */
export function ownedBy(db: Kysely<Database>, table: OwnedTable) {
  return async (request: FastifyRequest, clinicId: string): Promise<void> => {
    const id = (request.params as { id?: unknown }).id;
    if (typeof id !== 'string') throw notFound();
    const row = await db
      .selectFrom(table)
      .select('id')
      .where('clinic_id', '=', clinicId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (row === undefined) throw notFound();
  };
}
