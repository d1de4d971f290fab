/** SQLSTATEs meaning the PostgreSQL connection is gone or refused, not that the statement was wrong. */
const lostStates = new Set([
  '57P01', // admin_shutdown: pg_terminate_backend, a fast shutdown
  '57P02', // crash_shutdown: another backend crashed and the server is restarting
  '57P03', // cannot_connect_now: the server is starting up or shutting down
]);

/** Socket errors of a connection that was reset, refused or timed out. */
const lostSocketCodes = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH']);

/** What the pg driver says, without a code, when its connection ends or cannot be made. */
const lostMessages = [
  'Connection terminated',
  'Client has encountered a connection error and is not queryable',
  'timeout exceeded when trying to connect',
];

/**
 * True when a database error means the connection to PostgreSQL was lost or could not be made (a
 * restart, a failover, an administrator ending backends): the request may succeed if retried, so it
 * answers 503 DATABASE_UNAVAILABLE rather than 500. Class 08 is SQLSTATE's "connection exception".
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (code.startsWith('08') && code.length === 5) return true;
    if (lostStates.has(code) || lostSocketCodes.has(code)) return true;
  }
  return lostMessages.some((m) => error.message.startsWith(m));
}
