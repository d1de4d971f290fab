import { resolve } from 'node:path';
import { defaultHttpTimeouts, type HttpTimeouts } from './http/http-timeouts';
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
  /**
   * The address tablets and browsers reach the server at (PUBLIC_URL, no trailing slash): the base of
   * kiosk links. Unset, `npm start`'s demo uses the address it listens on; otherwise links are refused.
   */
  readonly publicUrl: string | undefined;
  /** How long the HTTP server waits for slow clients (the SOTCHART_*_TIMEOUT_SECONDS variables). */
  readonly timeouts: HttpTimeouts;
  /** Append-only file of audit chain checkpoints, outside the database (unset: no anchoring). */
  readonly auditAnchorFile: string | undefined;
  /** How often the server appends checkpoints, in minutes (it also does at start and at shutdown). */
  readonly auditAnchorMinutes: number;
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

function anchorMinutesFrom(value: string | undefined): number {
  if (value === undefined || value === '') return 10;
  const minutes = Number(value);
  if (!Number.isFinite(minutes) || minutes <= 0 || minutes > 24 * 60) {
    throw new StartupError(
      `AUDIT_ANCHOR_MINUTES must be a number of minutes above 0 and at most 1440, not "${value}".`,
    );
  }
  return minutes;
}

function publicUrlFrom(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (
    url === undefined ||
    (url.protocol !== 'http:' && url.protocol !== 'https:') ||
    url.username !== '' ||
    url.password !== '' ||
    url.search !== '' ||
    url.hash !== ''
  ) {
    throw new StartupError(
      `PUBLIC_URL must be the http:// or https:// address tablets reach this server at (such as http://192.168.1.20:3000), not "${value}".`,
    );
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

function secondsFrom(env: Env, name: string, fallbackMs: number): number {
  const value = env[name];
  if (value === undefined || value === '') return fallbackMs;
  const seconds = Number(value);
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > 3600) {
    throw new StartupError(`${name} must be a whole number of seconds from 1 to 3600, not "${value}".`);
  }
  return seconds * 1000;
}

function timeoutsFrom(env: Env): HttpTimeouts {
  const timeouts: HttpTimeouts = {
    headersMs: secondsFrom(env, 'SOTCHART_HEADERS_TIMEOUT_SECONDS', defaultHttpTimeouts.headersMs),
    requestMs: secondsFrom(env, 'SOTCHART_REQUEST_TIMEOUT_SECONDS', defaultHttpTimeouts.requestMs),
    idleMs: secondsFrom(env, 'SOTCHART_IDLE_TIMEOUT_SECONDS', defaultHttpTimeouts.idleMs),
    keepAliveMs: secondsFrom(env, 'SOTCHART_KEEP_ALIVE_TIMEOUT_SECONDS', defaultHttpTimeouts.keepAliveMs),
  };
  if (timeouts.headersMs > timeouts.requestMs) {
    throw new StartupError(
      'SOTCHART_HEADERS_TIMEOUT_SECONDS must not be longer than SOTCHART_REQUEST_TIMEOUT_SECONDS.',
    );
  }
  return timeouts;
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
    publicUrl: publicUrlFrom(env.PUBLIC_URL),
    timeouts: timeoutsFrom(env),
    auditAnchorFile: env.AUDIT_ANCHOR_FILE ? resolve(env.AUDIT_ANCHOR_FILE) : undefined,
    auditAnchorMinutes: anchorMinutesFrom(env.AUDIT_ANCHOR_MINUTES),
  };
}
