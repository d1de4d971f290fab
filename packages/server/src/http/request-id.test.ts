import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { requestIds } from './request-id';

describe(requestIds.name, () => {
  test('gives a process prefix and a base-36 counter', () => {
    const next = requestIds();
    const [first, second] = [next(), next()];
    assert.match(first, /^[0-9a-f]{12}-1$/);
    assert.equal(second, `${first.slice(0, 12)}-2`);
  });

  test('gives two processes different prefixes', () => {
    assert.notEqual(requestIds()().slice(0, 12), requestIds()().slice(0, 12));
  });
});
