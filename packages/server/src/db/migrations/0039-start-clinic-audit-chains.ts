import { sql, type Kysely } from 'kysely';

/**
 * Every clinic's audit chain, and the system chain, has a head from now on (a clinic's is created with
 * the clinic), so `audit verify` can tell a clinic whose whole chain was deleted from one that has not
 * been audited yet. Clinics and the system chain without a head get one at row 0.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const genesis = '0'.repeat(64);
  const now = new Date().toISOString();
  await sql`
    insert into audit_head (chain_id, row_count, last_hash, updated_at)
    select id, 0, ${genesis}, ${now} from clinic
    where id not in (select chain_id from audit_head)`.execute(db);
  await sql`
    insert into audit_head (chain_id, row_count, last_hash, updated_at)
    select 'system', 0, ${genesis}, ${now}
    where not exists (select 1 from audit_head where chain_id = 'system')`.execute(db);
}
