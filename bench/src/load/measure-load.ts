import autocannon from 'autocannon';

/** One load figure: throughput and latency of one request mix, with what went wrong. */
export interface LoadFigure {
  readonly name: string;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly requests: number;
  /** Responses outside 2xx, and connection errors or timeouts: each should be 0. */
  readonly non2xx: number;
  readonly errors: number;
}

export interface LoadOptions {
  readonly url: string;
  readonly connections: number;
  readonly seconds: number;
  readonly warmupSeconds: number;
  readonly headers?: Record<string, string>;
  readonly requests?: autocannon.Request[];
  readonly method?: autocannon.Request['method'];
  readonly body?: string;
  /** Runs before the warm-up and before the measured run (e.g. to re-read record versions). */
  readonly prepare?: () => Promise<void>;
}

function run(options: LoadOptions, seconds: number): Promise<autocannon.Result> {
  return autocannon({
    url: options.url,
    connections: options.connections,
    duration: seconds,
    headers: options.headers ?? {},
    ...(options.method === undefined ? {} : { method: options.method }),
    ...(options.body === undefined ? {} : { body: options.body }),
    ...(options.requests === undefined ? {} : { requests: options.requests }),
  });
}

/** Runs autocannon for a warm-up (discarded), then for the measured seconds. */
export async function measureLoad(name: string, options: LoadOptions): Promise<LoadFigure> {
  if (options.warmupSeconds > 0) {
    await options.prepare?.();
    await run(options, options.warmupSeconds);
  }
  await options.prepare?.();
  const result = await run(options, options.seconds);
  return {
    name,
    requestsPerSecond: result.requests.total / options.seconds,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}
