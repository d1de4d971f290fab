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

export interface RunningServer {
  readonly app: FastifyInstance;
  readonly handle: DatabaseHandle;
  readonly url: string;
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
    const app = await buildApp({ handle, logLevel: config.logLevel });
    const address = await listen(app, config).catch(async (error: unknown) => {
      await app.close();
      throw error;
    });
    const url = address.replace('[::1]', 'localhost');
    return {
      app,
      handle,
      url,
      demo,
      stop: async () => {
        await app.close();
        await handle.close();
      },
    };
  } catch (error) {
    await handle.close();
    throw error;
  }
}
