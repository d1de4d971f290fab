import { anchorChains } from '../audit/anchor-chains';
import { AnchorFile } from '../audit/anchor-file';
import { verifyAuditChains } from '../audit/verify-audit-chains';
import { loadConfig } from '../config';
import { openDatabase, type DatabaseHandle } from '../db/connect';

const usage = 'Usage: sotchart audit verify | sotchart audit anchor';

/** Reads the whole anchor file; a message instead when it cannot be read. */
function readAnchor(path: string): AnchorFile | string {
  const anchor = new AnchorFile(path);
  try {
    anchor.refresh();
    return anchor;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      return `The anchor file ${path} (AUDIT_ANCHOR_FILE) does not exist: nothing to check the chains against. The server writes it at start; "sotchart audit anchor" writes it now.`;
    }
    return `Cannot read the anchor file ${path}: ${(error as Error).message}`;
  }
}

async function verify(handle: DatabaseHandle, anchorPath: string | undefined): Promise<number> {
  let anchor: AnchorFile | undefined;
  if (anchorPath !== undefined) {
    const read = readAnchor(anchorPath);
    if (typeof read === 'string') {
      console.error(read);
      return 1;
    }
    anchor = read;
    for (const line of anchor.unreadableLines) {
      console.error(`The anchor file ${anchorPath} has an unreadable line ${line}; it is skipped.`);
    }
  }
  const result = await verifyAuditChains(handle.db, anchor === undefined ? {} : { anchor });
  for (const chain of result.chains) {
    const anchored =
      chain.checkpoint === null
        ? anchor === undefined
          ? ''
          : ', not anchored yet'
        : `, extends its checkpoint of ${chain.checkpoint.at} (${chain.checkpoint.rows} rows)`;
    const pending = chain.pending === 0 ? '' : `; ${chain.pending} newer rows not chained yet`;
    console.log(
      `chain ${chain.chainId}: ${chain.rows} rows intact${anchored}, newest hash ${chain.lastHash}${pending}`,
    );
  }
  for (const broken of result.broken) {
    console.error(`chain ${broken.chainId} is broken at row ${broken.seq}: ${broken.reason}.`);
  }
  if (result.chains.some((c) => c.pending > 0)) {
    console.log(
      'Rows not chained yet were committed with their change; the server chains them within moments, or at its next start.',
    );
  }
  if (anchor === undefined) {
    console.log(
      'No anchor file (AUDIT_ANCHOR_FILE is unset): a chain cut back or rewritten together with its head cannot be detected.',
    );
  }
  if (!result.ok) return 1;
  const against = anchor === undefined ? '' : ` and match the anchor file ${anchor.path}`;
  console.log(`All ${result.chains.length} audit chains are intact${against}.`);
  return 0;
}

async function anchorNow(handle: DatabaseHandle, anchorPath: string | undefined): Promise<number> {
  if (anchorPath === undefined) {
    console.error(
      'Set AUDIT_ANCHOR_FILE to the append-only file the checkpoints go to (docs/operations.md).',
    );
    return 2;
  }
  const run = await anchorChains(handle, new AnchorFile(anchorPath), () => new Date());
  for (const c of run.written) console.log(`chain ${c.chain}: anchored at ${c.rows} rows, hash ${c.hash}`);
  for (const r of run.refused) console.error(`chain ${r.chainId} was not anchored: ${r.reason}.`);
  console.log(
    `Appended ${run.written.length} checkpoints to ${anchorPath}; ${run.unchanged} chains unchanged since their last.`,
  );
  return run.refused.length === 0 ? 0 : 1;
}

/**
 * `sotchart audit verify`: recomputes every audit chain and checks it against the latest checkpoint of
 * the anchor file (AUDIT_ANCHOR_FILE). Exit 0 when all are intact (printing each chain's row count and
 * newest hash), 1 naming each chain's first broken row.
 * `sotchart audit anchor`: appends a checkpoint of every chain that grew to the anchor file; exit 1
 * when a chain no longer extends its last checkpoint (it is then not anchored).
 */
export async function auditCommand(args: readonly string[]): Promise<number> {
  const [sub] = args;
  if ((sub !== 'verify' && sub !== 'anchor') || args.length > 1) {
    console.error(usage);
    return 2;
  }
  const config = loadConfig();
  const handle = await openDatabase(config);
  try {
    return sub === 'verify'
      ? await verify(handle, config.auditAnchorFile)
      : await anchorNow(handle, config.auditAnchorFile);
  } finally {
    await handle.close();
  }
}
