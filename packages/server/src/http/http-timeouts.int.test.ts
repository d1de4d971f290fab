import assert from 'node:assert/strict';
import { connect, type Socket } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { freshDatabase, testAppOptions, type TestDatabase } from '@sotchart/test-support';
import { buildApp } from '../app';
import { loadConfig } from '../config';

/** Small timeouts, so that a slow client is cut off within seconds rather than minutes. */
const timeouts = { headersMs: 1_000, requestMs: 1_500, idleMs: 1_500, keepAliveMs: 1_000 };
/** A generous bound for a loaded machine: closed before this many times the timeout. */
const slack = 5;

interface Outcome {
  /** Milliseconds from connecting until the server closed the socket, or null if it was still open. */
  readonly closedAfterMs: number | null;
  readonly received: string;
}

/**
 * Connects, sends `head` at once, then `drip` one piece every 100 ms (a slow client), and waits until the
 * server closes the socket or `giveUpMs` passes.
 */
function slowClient(port: number, head: string, drip: string | null, giveUpMs: number): Promise<Outcome> {
  return new Promise((resolve) => {
    const started = Date.now();
    let received = '';
    const socket: Socket = connect(port, '127.0.0.1', () => {
      socket.write(head);
    });
    const timer = drip === null ? null : setInterval(() => socket.write(drip), 100);
    const finish = (closedAfterMs: number | null): void => {
      if (timer !== null) clearInterval(timer);
      clearTimeout(giveUp);
      socket.destroy();
      resolve({ closedAfterMs, received });
    };
    const giveUp = setTimeout(() => finish(null), giveUpMs);
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (received += chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => finish(Date.now() - started));
  });
}

// The timeouts belong to the HTTP server, not the database: one dialect is enough.
describe('request timeouts', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let port: number;
  before(async () => {
    database = await freshDatabase('sqlite');
    app = await buildApp(testAppOptions(database.handle, { timeouts }));
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    assert.ok(address !== null && typeof address === 'object');
    port = address.port;
  });
  after(async () => {
    await app.close();
    await database.drop();
  });

  test('a body that trickles in is cut off (408 or a closed socket) within the request timeout', async () => {
    const head =
      'POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
      'Content-Length: 10000\r\n\r\n{"email":"';
    const outcome = await slowClient(port, head, 'a', slack * timeouts.requestMs);
    assert.notEqual(outcome.closedAfterMs, null, 'the server kept a trickling body open');
    if (outcome.received !== '') assert.match(outcome.received, /^HTTP\/1\.1 408 /);
  });

  test('headers that trickle in are cut off within the headers timeout', async () => {
    const head = 'POST /api/kiosk/open HTTP/1.1\r\nHost: 127.0.0.1\r\n';
    const outcome = await slowClient(port, head, 'X-Slow: 1\r\n', slack * timeouts.headersMs);
    assert.notEqual(outcome.closedAfterMs, null, 'the server kept trickling headers open');
    if (outcome.received !== '') assert.match(outcome.received, /^HTTP\/1\.1 408 /);
  });

  test('a connection that sends nothing is closed', async () => {
    const outcome = await slowClient(port, '', null, slack * Math.max(timeouts.headersMs, timeouts.idleMs));
    assert.notEqual(outcome.closedAfterMs, null, 'the server kept a silent connection open');
  });

  test('a kept-alive connection is closed once idle for the keep-alive timeout', async () => {
    const outcome = await slowClient(
      port,
      'GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n',
      null,
      slack * timeouts.keepAliveMs + 1_000,
    );
    assert.match(outcome.received, /^HTTP\/1\.1 200 /);
    assert.notEqual(outcome.closedAfterMs, null, 'the server kept an idle connection open');
  });

  test('a prompt client is answered as usual', async () => {
    const res = await fetch(`http://127.0.0.1:${port}/api/health`);
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { status: 'ok' });
  });
});

describe('timeouts from the environment', () => {
  test('SOTCHART_*_TIMEOUT_SECONDS set the timeouts, in seconds, over the defaults', () => {
    assert.deepEqual(loadConfig({}).timeouts, {
      headersMs: 10_000,
      requestMs: 30_000,
      idleMs: 120_000,
      keepAliveMs: 72_000,
    });
    assert.deepEqual(
      loadConfig({
        SOTCHART_HEADERS_TIMEOUT_SECONDS: '5',
        SOTCHART_REQUEST_TIMEOUT_SECONDS: '20',
        SOTCHART_IDLE_TIMEOUT_SECONDS: '60',
        SOTCHART_KEEP_ALIVE_TIMEOUT_SECONDS: '65',
      }).timeouts,
      { headersMs: 5_000, requestMs: 20_000, idleMs: 60_000, keepAliveMs: 65_000 },
    );
  });

  test('a timeout that is not a whole number of seconds, or headers longer than the request, stops the start', () => {
    for (const env of [
      { SOTCHART_REQUEST_TIMEOUT_SECONDS: 'soon' },
      { SOTCHART_IDLE_TIMEOUT_SECONDS: '0' },
      { SOTCHART_KEEP_ALIVE_TIMEOUT_SECONDS: '1.5' },
      { SOTCHART_HEADERS_TIMEOUT_SECONDS: '40', SOTCHART_REQUEST_TIMEOUT_SECONDS: '30' },
    ])
      assert.throws(
        () => loadConfig(env),
        /^StartupError: SOTCHART_\w+_TIMEOUT_SECONDS must/,
        JSON.stringify(env),
      );
  });
});
