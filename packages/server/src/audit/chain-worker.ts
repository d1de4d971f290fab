import { isMainThread, parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { ImmediateSqliteDialect, openSqliteDatabase } from '../db/sqlite-file';
import { WriteLock } from '../db/write-lock';
import { chainBatch, type ChainBatch, type ChainOutcome } from './chain-batch';

/*
 * The audit worker: a thread with its own connection to the SQLite file that runs `chainBatch` for the
 * server's audit committer (`chain-worker-client.ts`), so the commit's fsync blocks this thread instead
 * of the server's event loop. The build compiles this module to a file of its own beside the server's.
 */

/** What the worker is started with (`workerData`). */
export interface ChainWorkerData {
  /** The SQLite file to open. */
  readonly sotchartChainWorker: string;
  /** The write lock's shared memory (`write-lock.ts`), shared with the server's connection. */
  readonly writeLock: SharedArrayBuffer;
}

export interface ChainWorkerRequest {
  readonly id: number;
  readonly batch: ChainBatch;
}

export type ChainWorkerReply =
  | { readonly id: number; readonly outcome: ChainOutcome }
  | { readonly id: number; readonly error: { readonly message: string; readonly code?: string } };

function serve(data: ChainWorkerData, port: MessagePort): void {
  const lock = new WriteLock(data.writeLock, 'worker');
  const db = new Kysely<Database>({
    dialect: new ImmediateSqliteDialect(openSqliteDatabase(data.sotchartChainWorker), lock),
  });
  port.on('message', (message: ChainWorkerRequest | 'close') => {
    if (message === 'close') {
      void db.destroy().finally(() => port.close());
      return;
    }
    chainBatch(db, 'sqlite', message.batch).then(
      (outcome) => port.postMessage({ id: message.id, outcome } satisfies ChainWorkerReply),
      (error: unknown) => {
        const { message: text, code } = error as { message?: string; code?: string };
        port.postMessage({
          id: message.id,
          error: { message: text ?? String(error), ...(code === undefined ? {} : { code }) },
        } satisfies ChainWorkerReply);
      },
    );
  });
}

const data = workerData as Partial<ChainWorkerData> | null;
if (!isMainThread && parentPort !== null && typeof data?.sotchartChainWorker === 'string') {
  serve(data as ChainWorkerData, parentPort);
}
