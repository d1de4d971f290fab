import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import type { Config } from './config';
import { openDatabase, type DatabaseHandle } from './db/connect';
import { migrateToLatest } from './db/migrations';
import { runBackfills } from './db/backfills/run-backfills';
import { uuidv7 } from 'uuidv7';
import { StartupError } from './startup-error';
import { resolveAuthSettings } from './auth/auth-settings';
import { isEmptyDatabase, seedDemoClinic, type DemoSeedResult } from './demo/seed-demo-clinic';
import { checkAnchorPlace, scheduleAnchoring, type AnchorSchedule } from './audit/anchor-schedule';

export interface RunningServer {
  readonly app: FastifyInstance;
  readonly handle: DatabaseHandle;
  readonly url: string;
  /** The base of kiosk links: PUBLIC_URL, or for the demo without it the listening address; else unset. */
  readonly publicUrl: string | undefined;
  /** Set when this start seeded the demo clinic into a brand-new database. */
  readonly demo: DemoSeedResult | null;
  stop(): Promise<void>;
}

async function listen(app: FastifyInstance, config: Config): Promise<string> {
  try {
    return await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      throw new StartupError(
        `Port ${config.port} on ${config.host} is already in use; set PORT to a free port.`,
      );
    }
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
      throw new StartupError(`Cannot listen on host ${config.host}; set HOST to an address of this machine.`);
    }
    throw error;
  }
}

/** Opens the database, migrates it, and serves HTTP until stopped. */
export async function startServer(config: Config): Promise<RunningServer> {
  const handle = await openDatabase(config);
  try {
    await migrateToLatest(handle.db);
    await runBackfills(handle, { clock: () => new Date(), newId: uuidv7 });
    const demo =
      config.demo && (await isEmptyDatabase(handle))
        ? await seedDemoClinic(handle, resolveAuthSettings())
        : null;
    const anchorWarning =
      config.auditAnchorFile === undefined
        ? null
        : await checkAnchorPlace(config.auditAnchorFile, handle, config.dataDir);
    // Without PUBLIC_URL the demo builds kiosk links from the address it listens on, known only below.
    const listening: { url?: string } = {};
    const publicUrl = config.publicUrl ?? (config.demo ? () => listening.url : undefined);
    const app = await buildApp({
      handle,
      logLevel: config.logLevel,
      timeouts: config.timeouts,
      publicUrl,
      bulkExportDir: join(config.dataDir, 'bulk-export'),
    });
    let anchoring: AnchorSchedule | null = null;
    const address = await (async () => {
      // Audit rows a previous process committed but did not live to chain are chained before serving.
      await app.audit.flush();
      if (anchorWarning !== null) app.log.warn(anchorWarning);
      if (config.auditAnchorFile === undefined) {
        app.log.info('AUDIT_ANCHOR_FILE is unset: audit chain heads are not anchored outside the database.');
      } else {
        anchoring = scheduleAnchoring({
          handle,
          file: config.auditAnchorFile,
          minutes: config.auditAnchorMinutes,
          clock: () => new Date(),
          log: app.log,
        });
      }
      return listen(app, config);
    })().catch(async (error: unknown) => {
      await app.close();
      await anchoring?.stop();
      throw error;
    });
    const url = address.replace('[::1]', 'localhost');
    listening.url = url;
    return {
      app,
      handle,
      url,
      publicUrl: typeof publicUrl === 'function' ? publicUrl() : publicUrl,
      demo,
      stop: async () => {
        // Closing the app writes the queued audit rows and chains this process's; then the last checkpoint.
        await app.close();
        await anchoring?.stop();
        await handle.close();
      },
    };
  } catch (error) {
    await handle.close();
    throw error;
  }
}
