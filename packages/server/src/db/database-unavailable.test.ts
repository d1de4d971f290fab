import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isDatabaseUnavailable } from './database-unavailable';

const classified: readonly { error: unknown; unavailable: boolean; why: string }[] = [
  { error: Object.assign(new Error('x'), { code: '57P01' }), unavailable: true, why: 'admin_shutdown' },
  { error: Object.assign(new Error('x'), { code: '08006' }), unavailable: true, why: 'connection_failure' },
  { error: Object.assign(new Error('x'), { code: 'ECONNRESET' }), unavailable: true, why: 'socket reset' },
  { error: new Error('Connection terminated unexpectedly'), unavailable: true, why: 'pg: socket ended' },
  {
    error: new Error('Client has encountered a connection error and is not queryable'),
    unavailable: true,
    why: 'pg: a query on a client that already lost its connection',
  },
  { error: Object.assign(new Error('x'), { code: '23505' }), unavailable: false, why: 'unique violation' },
  { error: Object.assign(new Error('x'), { code: '22003' }), unavailable: false, why: 'out of range' },
  { error: new Error('Connection refused by policy'), unavailable: false, why: 'an unrelated message' },
  { error: 'Connection terminated unexpectedly', unavailable: false, why: 'not an Error' },
];
for (const c of classified) {
  test(`${isDatabaseUnavailable.name} is ${c.unavailable} for ${c.why}`, () => {
    assert.equal(isDatabaseUnavailable(c.error), c.unavailable);
  });
}
