import { sql, type Kysely } from 'kysely';
import type { DatabaseHandle } from '../db/connect';
import { clinicRepository } from '../db/repositories/clinic.repository';
import type { Database } from '../db/database';
import { auditRepository, type ChainHead } from '../db/repositories/audit.repository';
import type { AnchorFile, Checkpoint } from './anchor-file';
import { genesisHash, hashAuditRow } from './audit-hash';
import { walkChain } from './walk-chain';

/** What one anchoring did. */
export interface AnchorRun {
  /** The checkpoints appended: chains that grew since their last checkpoint (or had none). */
  readonly written: readonly Checkpoint[];
  /** Chains left unanchored because they no longer extend their last checkpoint, or their own head. */
  readonly refused: readonly { readonly chainId: string; readonly reason: string }[];
  /** Chains whose head is still their last checkpoint. */
  readonly unchanged: number;
}

/** Of several PostgreSQL processes, one at a time writes checkpoints. */
const anchorLock = sql`hashtext('sotchart:audit-anchor')`;

/**
 * Why `head` does not extend `checkpoint` (null when it does): the row at the checkpoint's count must
 * still be the row anchored there, and every row after it, up to the head, must follow it. Without a
 * checkpoint the whole chain is checked, once.
 */
async function problemWith(
  db: Kysely<Database>,
  head: ChainHead,
  checkpoint: Checkpoint | undefined,
): Promise<string | null> {
  const { chainId } = head;
  if (checkpoint !== undefined && head.rowCount < checkpoint.rows) {
    return `its head says ${head.rowCount} rows, but it had ${checkpoint.rows} at ${checkpoint.at}`;
  }
  if (checkpoint !== undefined && checkpoint.rows > 0) {
    const [row] = await auditRepository.chainPage(db, chainId, checkpoint.rows - 1, 1);
    if (row?.seq !== checkpoint.rows || row.hash !== checkpoint.hash || hashAuditRow(row) !== row.hash) {
      return `row ${checkpoint.rows} is not the row anchored at ${checkpoint.at}`;
    }
  }
  const start =
    checkpoint === undefined
      ? { seq: 0, hash: genesisHash }
      : { seq: checkpoint.rows, hash: checkpoint.hash };
  const walk = await walkChain(db, chainId, start, { until: head.rowCount });
  if (walk.broken !== null) return walk.broken.reason;
  if (walk.last !== head.rowCount || walk.lastHash !== head.lastHash) {
    return `row ${head.rowCount}, the newest, does not match the chain head`;
  }
  return null;
}

async function anchorNow(db: Kysely<Database>, file: AnchorFile, clock: () => Date): Promise<AnchorRun> {
  try {
    file.refresh();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const heads = await auditRepository.listHeads(db);
  const at = clock().toISOString();
  const written: Checkpoint[] = [];
  const refused: { chainId: string; reason: string }[] = [];
  let unchanged = 0;
  for (const head of heads) {
    const checkpoint = file.latest.get(head.chainId);
    if (checkpoint?.rows === head.rowCount && checkpoint.hash === head.lastHash) {
      unchanged += 1;
      continue;
    }
    const problem = await problemWith(db, head, checkpoint);
    if (problem === null) written.push({ chain: head.chainId, rows: head.rowCount, hash: head.lastHash, at });
    else refused.push({ chainId: head.chainId, reason: problem });
  }
  const headed = new Set(heads.map((h) => h.chainId));
  for (const checkpoint of file.latest.values()) {
    if (!headed.has(checkpoint.chain)) {
      refused.push({
        chainId: checkpoint.chain,
        reason: `its head is gone, but it had ${checkpoint.rows} rows at ${checkpoint.at}`,
      });
    }
  }
  for (const clinicId of await clinicRepository.listIds(db)) {
    if (!headed.has(clinicId) && !file.latest.has(clinicId)) {
      refused.push({ chainId: clinicId, reason: 'the chain head is missing' });
    }
  }
  file.append(written);
  file.refresh();
  return { written, refused, unchanged };
}

/**
 * Appends a checkpoint (chain, row count, newest hash, time) to the anchor file for every audit chain
 * that grew since its last checkpoint, after checking that it still extends that checkpoint: a chain
 * that was cut back or rewritten is refused (and reported), never anchored as it now stands. On
 * PostgreSQL it holds an advisory lock meanwhile, so of several server processes one writes at a time
 * and each sees the others' checkpoints.
 */
export async function anchorChains(
  handle: DatabaseHandle,
  file: AnchorFile,
  clock: () => Date,
): Promise<AnchorRun> {
  if (handle.dialect !== 'postgres') return anchorNow(handle.db, file, clock);
  return handle.db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(${anchorLock})`.execute(conn);
    try {
      return await anchorNow(conn, file, clock);
    } finally {
      await sql`select pg_advisory_unlock(${anchorLock})`.execute(conn).catch(() => undefined);
    }
  });
}
