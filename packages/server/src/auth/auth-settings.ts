import { StartupError } from '../startup-error';

/** argon2id cost parameters; the defaults are OWASP's minimum for argon2id (m=19 MiB, t=2, p=1). */
export interface Argon2Settings {
  /** Memory per hash in KiB. */
  readonly memoryCost: number;
  /** Passes over the memory. */
  readonly timeCost: number;
  readonly parallelism: number;
}

/** How sign-in attempts are slowed down, per account and per address. */
export interface LoginLimitSettings {
  /** Attempts an account may fail before each further one must wait. */
  readonly accountFreeFailures: number;
  /** Attempts an address may fail (a clinic shares one address) before each further one must wait. */
  readonly addressFreeFailures: number;
  /** The first wait; it doubles with every further failure. */
  readonly baseDelaySeconds: number;
  readonly maxDelaySeconds: number;
  /** A key with no attempt for this long starts afresh. */
  readonly resetAfterMinutes: number;
}

export interface AuthSettings {
  readonly argon2: Argon2Settings;
  /** A session unused for this long ends. */
  readonly sessionIdleMinutes: number;
  /** A session ends this long after sign-in, however busy. */
  readonly sessionMaxHours: number;
  readonly loginLimit: LoginLimitSettings;
}

export const defaultAuthSettings: AuthSettings = {
  argon2: { memoryCost: 19_456, timeCost: 2, parallelism: 1 },
  sessionIdleMinutes: 30,
  sessionMaxHours: 12,
  loginLimit: {
    accountFreeFailures: 5,
    addressFreeFailures: 20,
    baseDelaySeconds: 1,
    maxDelaySeconds: 900,
    resetAfterMinutes: 60,
  },
};

type Env = Readonly<Record<string, string | undefined>>;

function positiveInteger(env: Env, name: string, fallback: number): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    throw new StartupError(`${name} must be a whole number of at least 1, not "${value}".`);
  }
  return n;
}

/**
 * The settings with the environment's overrides: SOTCHART_ARGON2_MEMORY_KIB, SOTCHART_ARGON2_TIME_COST,
 * SOTCHART_ARGON2_PARALLELISM, SOTCHART_SESSION_IDLE_MINUTES and SOTCHART_SESSION_MAX_HOURS.
 */
export function authSettingsFromEnv(env: Env = process.env, base = defaultAuthSettings): AuthSettings {
  return {
    ...base,
    argon2: {
      memoryCost: positiveInteger(env, 'SOTCHART_ARGON2_MEMORY_KIB', base.argon2.memoryCost),
      timeCost: positiveInteger(env, 'SOTCHART_ARGON2_TIME_COST', base.argon2.timeCost),
      parallelism: positiveInteger(env, 'SOTCHART_ARGON2_PARALLELISM', base.argon2.parallelism),
    },
    sessionIdleMinutes: positiveInteger(env, 'SOTCHART_SESSION_IDLE_MINUTES', base.sessionIdleMinutes),
    sessionMaxHours: positiveInteger(env, 'SOTCHART_SESSION_MAX_HOURS', base.sessionMaxHours),
  };
}

/** Defaults, then the environment, then what the caller passed (tests pass cheap argon2 settings). */
export function resolveAuthSettings(
  overrides: Partial<AuthSettings> = {},
  env: Env = process.env,
): AuthSettings {
  return { ...authSettingsFromEnv(env), ...overrides };
}
