import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../db/connect';
import { StartupError } from '../startup-error';
import { anchorChains, type AnchorRun } from './anchor-chains';
import { AnchorFile } from './anchor-file';

export interface AnchorSchedule {
  /** Stops the timer and writes a last checkpoint (call it after the audit log has been flushed). */
  stop(): Promise<void>;
}

function report(run: AnchorRun, log: FastifyBaseLogger): void {
  for (const { chainId, reason } of run.refused) {
    log.error(
      { chain: chainId, reason },
      'audit chain not anchored: it no longer extends its last checkpoint (run "sotchart audit verify")',
    );
  }
}

/**
 * The server's anchoring: a checkpoint of every chain that grew, appended to `file` now, every
 * `minutes` and at `stop()`. A failure is logged and retried at the next turn; it never stops the server.
 */
export function scheduleAnchoring(options: {
  readonly handle: DatabaseHandle;
  readonly file: string;
  readonly minutes: number;
  readonly clock: () => Date;
  readonly log: FastifyBaseLogger;
}): AnchorSchedule {
  const { handle, clock, log } = options;
  const anchor = new AnchorFile(options.file);
  let running: Promise<void> | null = null;
  const run = (): Promise<void> => {
    running ??= anchorChains(handle, anchor, clock)
      .then(
        (result) => report(result, log),
        (error: unknown) =>
          log.error({ err: error }, 'audit anchoring failed; it is retried at the next turn'),
      )
      .finally(() => {
        running = null;
      });
    return running;
  };
  const timer = setInterval(() => void run(), options.minutes * 60_000);
  timer.unref();
  void run();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
      await run();
    },
  };
}

/** The device of the database's files, when this machine holds them (SQLite; PostgreSQL run locally). */
async function databaseDevice(handle: DatabaseHandle, dataDir: string): Promise<number | null> {
  const path =
    handle.dialect === 'sqlite'
      ? join(dataDir, 'sotchart.db')
      : await sql<{ dir: string }>`select current_setting('data_directory') as dir`
          .execute(handle.db)
          .then((r) => r.rows[0]?.dir ?? null)
          .catch(() => null);
  if (path === null) return null;
  try {
    return statSync(path, { throwIfNoEntry: false })?.dev ?? null;
  } catch {
    return null; // not readable by this account: nothing to compare
  }
}

/**
 * Checks the anchor file can be written where it is configured (its folder exists: a StartupError
 * otherwise), and returns a warning when it sits on the same device as the database's files, where
 * whoever can rewrite the database can most likely rewrite the anchor too; null when it does not (or
 * when the database's files are not on this machine).
 */
export async function checkAnchorPlace(
  file: string,
  handle: DatabaseHandle,
  dataDir: string,
): Promise<string | null> {
  const folder = statSync(dirname(file), { throwIfNoEntry: false });
  if (folder?.isDirectory() !== true) {
    throw new StartupError(
      `The folder of AUDIT_ANCHOR_FILE (${dirname(file)}) does not exist; create it or set AUDIT_ANCHOR_FILE to a file in a folder that does.`,
    );
  }
  const anchorDevice = statSync(file, { throwIfNoEntry: false })?.dev ?? folder.dev;
  const device = await databaseDevice(handle, dataDir);
  if (device === null || device !== anchorDevice) return null;
  return `AUDIT_ANCHOR_FILE (${file}) is on the same disk as the database: whoever can rewrite the database there can probably rewrite the anchor too. Put it on another disk, another machine's share or a write-once store (docs/operations.md).`;
}
