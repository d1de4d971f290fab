import { createHash } from 'node:crypto';

/** The `prev_hash` of a chain's first row. */
export const genesisHash = '0'.repeat(64);

/** The id of the chain that holds events without a clinic (e.g. a sign-in with an unknown email). */
export const systemChainId = 'system';

/** An audit row as stored; the hash covers every column but itself, exactly as stored. */
export interface AuditRow {
  readonly chainId: string;
  readonly seq: number;
  readonly at: string;
  readonly clinicId: string | null;
  readonly actorId: string | null;
  readonly action: string;
  readonly entityType: string;
  /** JSON text of the ids, as stored. */
  readonly entityIds: string;
  readonly patientId: string | null;
  readonly requestId: string;
  readonly ip: string;
  readonly prevHash: string;
}

/** SHA-256 (hex) of the row's columns in a fixed order, as a JSON array so no two rows collide. */
export function hashAuditRow(row: AuditRow): string {
  const fields = [
    row.chainId,
    row.seq,
    row.at,
    row.clinicId,
    row.actorId,
    row.action,
    row.entityType,
    row.entityIds,
    row.patientId,
    row.requestId,
    row.ip,
    row.prevHash,
  ];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}
