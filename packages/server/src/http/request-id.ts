import { randomBytes } from 'node:crypto';

/**
 * Request ids for logs, error bodies and audit rows: a prefix drawn at random once per process (48 bits,
 * so the processes sharing one database never hand out the same id) and a counter, in base 36. One
 * per request, far cheaper than a random UUID each, and unique the same way: no two requests of one
 * process share a counter value.
 */
export function requestIds(): () => string {
  const prefix = randomBytes(6).toString('hex');
  let counter = 0;
  return () => `${prefix}-${(++counter).toString(36)}`;
}
