import type { Kysely } from 'kysely';
import type { Database } from '../db/database';

/** What is being done to patient data, as recorded in the audit log. */
export type AuditAction =
  | 'read'
  | 'create'
  | 'update'
  | 'sign'
  | 'archive'
  | 'export'
  | 'login'
  | 'login_failed'
  | 'logout'
  /** A signed-in request answered 403, or 404 (an id of another clinic looks exactly like a missing one). */
  | 'refused';

/** One audited access: one row per request that reads or writes patient data. */
export interface AuditEvent {
  /** null for events without a clinic (an unknown email at sign-in): they go to the system chain. */
  readonly clinicId: string | null;
  readonly actorId: string | null;
  readonly action: AuditAction;
  readonly entityType: string;
  readonly entityIds: readonly string[];
  /** The patient whose record was touched, when there is one: "who read this patient's record". */
  readonly patientId: string | null;
  readonly requestId: string;
  readonly ip: string;
}

/** Where services send audit events. */
export interface AuditSink {
  /**
   * For reads (and events with nothing else to write): resolves once the row is chained and durable,
   * so the answer leaves only after its audit row.
   */
  record(event: AuditEvent): Promise<void>;
  /**
   * For writes: adds the event's row inside the write's own transaction `trx`, so the change and its
   * audit row commit (or roll back) together. The row is chained into its clinic's hash chain right
   * after the commit (and by any later server process, should this one die first).
   */
  within(trx: Kysely<Database>, event: AuditEvent): Promise<void>;
}
