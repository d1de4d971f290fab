import { resolve } from 'node:path';
import { StartupError } from './startup-error';

export interface Config {
  readonly port: number;
  readonly host: string;
  /** Folder of the embedded SQLite database (ignored when `databaseUrl` is set). */
  readonly dataDir: string;
  /** A postgres:// URL selects PostgreSQL; unset means embedded SQLite in `dataDir`. */
  readonly databaseUrl: string | undefined;
  /** Seed the demo clinic on a brand-new database (SOTCHART_DEMO=0 turns it off). */
  readonly demo: boolean;
  readonly logLevel: string;
}

type Env = Readonly<Record<string, string | undefined>>;

function portFrom(value: string | undefined): number {
  if (value === undefined || value === '') return 3000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new StartupError(`PORT must be a whole number from 0 to 65535, not "${value}".`);
  }
  return port;
}

function databaseUrlFrom(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^postgres(ql)?:\/\//.test(value)) {
    throw new StartupError(
      'DATABASE_URL must start with postgres:// (leave it unset for the embedded database).',
    );
  }
  return value;
}

/** Reads the configuration from environment variables (see the table in README.md). */
export function loadConfig(env: Env = process.env): Config {
  return {
    port: portFrom(env.PORT),
    host: env.HOST || '127.0.0.1',
    dataDir: resolve(env.DATA_DIR || './data'),
    databaseUrl: databaseUrlFrom(env.DATABASE_URL),
    demo: env.SOTCHART_DEMO !== '0',
    logLevel: env.LOG_LEVEL || 'info',
  };
}
