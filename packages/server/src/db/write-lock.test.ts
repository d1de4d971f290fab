import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lockWaitStats, resetLockWaitStats } from './lock-wait';
import { WriteLock } from './write-lock';

describe(WriteLock.name, () => {
  test('serves its holders in the order they asked, over one shared buffer', async () => {
    const server = new WriteLock();
    const worker = new WriteLock(server.buffer, 'worker');
    const order: string[] = [];
    await server.acquire();
    const second = worker.acquire().then(() => order.push('worker'));
    const third = server.acquire().then(() => order.push('server'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.deepEqual(order, []);
    server.release();
    await second;
    assert.deepEqual(order, ['worker']);
    worker.release();
    await third;
    assert.deepEqual(order, ['worker', 'server']);
    server.release();
  });

  test('is released for a holder whose thread ended while holding it', async () => {
    const server = new WriteLock();
    const worker = new WriteLock(server.buffer, 'worker');
    await worker.acquire();
    server.releaseIfHeldBy('server');
    const waiting = server.acquire();
    server.releaseIfHeldBy('worker');
    await waiting;
    server.release();
  });

  test('skips the turn of a holder whose thread ended while it waited', async () => {
    const server = new WriteLock();
    const worker = new WriteLock(server.buffer, 'worker');
    await server.acquire();
    void worker.acquire(); // its thread "ends" before its turn comes
    const later = server.acquire();
    server.releaseIfHeldBy('worker');
    server.release();
    await later;
    server.release();
    // And when the ended holder's turn had already come:
    const other = new WriteLock(server.buffer, 'worker');
    await server.acquire();
    void other.acquire();
    server.release();
    const next = server.acquire();
    server.releaseIfHeldBy('worker');
    await next;
    server.release();
  });

  test('records how long each turn was waited for', async () => {
    resetLockWaitStats();
    const lock = new WriteLock();
    await lock.acquire();
    const later = new WriteLock(lock.buffer).acquire();
    await new Promise((resolve) => setTimeout(resolve, 30));
    lock.release();
    await later;
    const stats = lockWaitStats();
    assert.equal(stats.begins, 2);
    assert.equal(stats.waited, 1);
    assert.ok(stats.maxMs >= 20, `waited ${stats.maxMs} ms`);
  });
});
