import { Worker } from 'node:worker_threads';
import type { ChainBatch, ChainOutcome } from './chain-batch';
import type { WriteLock } from '../db/write-lock';
import type { ChainWorkerData, ChainWorkerReply } from './chain-worker';

/**
 * The worker's module: chain-worker.ts beside this file, or in the build the chain-worker.js beside the
 * bundle (`import.meta.resolve` resolves from the running file, which the build does not rewrite).
 */
const chainWorkerUrl = (): URL => new URL(import.meta.resolve('./chain-worker.js'));

interface InFlight {
  resolve(outcome: ChainOutcome): void;
  reject(error: Error): void;
}

/**
 * The server's side of the audit worker (`chain-worker.ts`): sends it a batch, resolves with the outcome
 * once the batch is durable. The worker starts with the first batch; should it die, the batches in
 * flight fail and the next batch starts a new one. It keeps the process alive only while a batch is out.
 */
export class ChainWorkerClient {
  private worker: Worker | null = null;
  private readonly inFlight = new Map<number, InFlight>();
  private nextId = 0;

  constructor(
    private readonly file: string,
    private readonly writeLock: WriteLock,
  ) {}

  chain(batch: ChainBatch): Promise<ChainOutcome> {
    const worker = this.worker ?? this.start();
    const id = ++this.nextId;
    return new Promise<ChainOutcome>((resolve, reject) => {
      this.inFlight.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ id, batch });
    });
  }

  /** Lets the worker close its connection and end; resolves once it has. */
  async close(): Promise<void> {
    const worker = this.worker;
    if (worker === null) return;
    this.worker = null;
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    // Referenced until it has ended: the process must not end first, with its connection open.
    worker.ref();
    worker.postMessage('close');
    await exited;
  }

  private start(): Worker {
    const data: ChainWorkerData = { sotchartChainWorker: this.file, writeLock: this.writeLock.buffer };
    const worker = new Worker(chainWorkerUrl(), { workerData: data });
    worker.on('message', (reply: ChainWorkerReply) => {
      const waiting = this.inFlight.get(reply.id);
      this.inFlight.delete(reply.id);
      if (this.inFlight.size === 0) worker.unref();
      if (waiting === undefined) return;
      if ('outcome' in reply) waiting.resolve(reply.outcome);
      else waiting.reject(Object.assign(new Error(reply.error.message), { code: reply.error.code }));
    });
    const fail = (error: Error): void => {
      if (this.worker === worker) this.worker = null;
      // Ended mid-transaction: its turn at the write lock ends with it.
      this.writeLock.releaseIfHeldBy('worker');
      const failed = [...this.inFlight.values()];
      this.inFlight.clear();
      for (const waiting of failed) waiting.reject(error);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`The audit worker ended (exit code ${code}).`)));
    worker.unref();
    this.worker = worker;
    return worker;
  }
}
