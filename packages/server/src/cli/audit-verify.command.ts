import { verifyAuditChains } from '../audit/verify-audit-chains';
import { loadConfig } from '../config';
import { openDatabase } from '../db/connect';

/**
 * `sotchart audit verify`: recomputes every audit chain. Exit 0 when all are intact (printing each
 * chain's row count and newest hash, worth recording elsewhere), 1 naming each chain's first broken row.
 */
export async function auditCommand(args: readonly string[]): Promise<number> {
  if (args[0] !== 'verify' || args.length > 1) {
    console.error('Usage: sotchart audit verify');
    return 2;
  }
  const handle = await openDatabase(loadConfig());
  try {
    const result = await verifyAuditChains(handle.db);
    for (const chain of result.chains) {
      console.log(`chain ${chain.chainId}: ${chain.rows} rows intact, newest hash ${chain.lastHash}`);
    }
    for (const broken of result.broken) {
      console.error(`chain ${broken.chainId} is broken at row ${broken.seq}: ${broken.reason}.`);
    }
    if (!result.ok) return 1;
    console.log(`All ${result.chains.length} audit chains are intact.`);
    return 0;
  } finally {
    await handle.close();
  }
}
