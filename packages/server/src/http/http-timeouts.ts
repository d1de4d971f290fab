import type { ServerOptions } from 'node:http';

/** How long the HTTP server waits for a client, in milliseconds. */
export interface HttpTimeouts {
  /** A request's headers must have arrived this long after its first byte. */
  readonly headersMs: number;
  /** The whole request, headers and body, must have arrived within this; 408 otherwise. */
  readonly requestMs: number;
  /** A connection with no traffic either way for this long is closed. */
  readonly idleMs: number;
  /** A kept-alive connection waiting for its next request is closed after this. */
  readonly keepAliveMs: number;
}

/**
 * Short enough that a slow client (headers or a body sent a byte at a time) holds a connection for
 * seconds, not minutes; long enough for a 1 MiB body over a poor clinic connection. The keep-alive
 * timeout is Fastify's, longer than the 60 s idle timeout of common load balancers, so the balancer
 * closes an idle connection first and never sends a request down one the server is closing.
 */
export const defaultHttpTimeouts: HttpTimeouts = {
  headersMs: 10_000,
  requestMs: 30_000,
  idleMs: 120_000,
  keepAliveMs: 72_000,
};

/** The Fastify options that apply `timeouts` to the HTTP server it creates. */
export function serverTimeoutOptions(timeouts: HttpTimeouts): {
  connectionTimeout: number;
  requestTimeout: number;
  keepAliveTimeout: number;
  http: ServerOptions;
} {
  return {
    connectionTimeout: timeouts.idleMs,
    requestTimeout: timeouts.requestMs,
    keepAliveTimeout: timeouts.keepAliveMs,
    http: {
      headersTimeout: timeouts.headersMs,
      // Node checks the headers and request timeouts on this interval (30 s by default, which would let
      // a 10 s timeout run to 40 s).
      connectionsCheckingInterval: Math.min(1_000, timeouts.headersMs, timeouts.requestMs),
    },
  };
}
