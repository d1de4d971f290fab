/** What is being done to patient data, as recorded in the audit log. */
export type AuditAction =
  'read' | 'create' | 'update' | 'sign' | 'archive' | 'export' | 'login' | 'login_failed' | 'logout';

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

/** Where services send audit events; `record` resolves only once the row is durable. */
export interface AuditSink {
  record(event: AuditEvent): Promise<void>;
}
