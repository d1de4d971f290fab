import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import type { Config } from './config';
import { openDatabase, type DatabaseHandle } from './db/connect';
import { migrateToLatest } from './db/migrations';
import { StartupError } from './startup-error';

export interface RunningServer {
  readonly app: FastifyInstance;
  readonly handle: DatabaseHandle;
  readonly url: string;
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
