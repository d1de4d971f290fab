import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { auditRepository } from '../db/repositories/audit.repository';
import { genesisHash } from './audit-hash';

/**
 * Creates the head (row 0) of a new clinic's audit chain; call it in the transaction that creates the
 * clinic. Every clinic has a head from its creation on, so `audit verify` reports a clinic whose whole
 * chain and head were deleted instead of taking it for one with no activity yet.
 */
export async function startChain(db: Kysely<Database>, chainId: string, at: string): Promise<void> {
  await auditRepository.ensureHead(db, chainId, genesisHash, at);
}
