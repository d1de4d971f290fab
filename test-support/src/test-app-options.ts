import type { AppOptions } from '@sotchart/server/app';
import type { DatabaseHandle } from '@sotchart/server/db/connect';

/** Cheap argon2id parameters: tests hash many passwords and prove behaviour, not cost. */
export const cheapArgon2 = { memoryCost: 1024, timeCost: 1, parallelism: 1 } as const;

/** The public address test apps build kiosk links from (PUBLIC_URL). */
export const testPublicUrl = 'http://localhost:3000';

/**
 * Options for `buildApp` in integration tests: silent logs, cheap password hashing, a public address,
 * and every answer checked against its route's schema (an answer outside it fails the request).
 */
export function testAppOptions(handle: DatabaseHandle, overrides: Partial<AppOptions> = {}): AppOptions {
  return {
    handle,
    logLevel: 'silent',
    auth: { argon2: cheapArgon2 },
    publicUrl: testPublicUrl,
    checkAnswers: true,
    ...overrides,
  };
}
