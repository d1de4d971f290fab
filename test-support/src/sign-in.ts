import type { Role } from '@sotchart/contract';
import { randomBytes, randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import '@sotchart/server/auth/auth-deps';
import { startChain } from '@sotchart/server/audit/start-chain';
import { createUser } from '@sotchart/server/auth/create-user';
import { scheduleSettingsRepository } from '@sotchart/server/db/repositories/schedule-settings.repository';
import { defaultAppointmentTypes } from '@sotchart/server/services/schedule/default-appointment-types';
import { cheapArgon2 } from './test-app-options';

/** The password every user made by `signIn` has; it passes the password policy. */
export const testPassword = 'river-stone-lantern-42';

export interface SignedInUser {
  readonly clinicId: string;
  readonly userId: string;
  readonly email: string;
  /** The session cookie and its CSRF token: spread into `app.inject({ headers })`. */
  readonly headers: { readonly cookie: string; readonly 'x-csrf-token': string };
}

/**
 * Inserts a clinic row directly, with the head of its audit chain and the default appointment types
 * (as a clinic made by setup has), and returns its id.
 */
export async function insertClinic(
  app: FastifyInstance,
  options: { name?: string; timeZone?: string; isDemo?: boolean } = {},
): Promise<string> {
  const id = randomUUID();
  const now = app.auth.clock().toISOString();
  await app.auth.db
    .insertInto('clinic')
    .values({
      id,
      name: options.name ?? `Test clinic ${id.slice(0, 8)}`,
      time_zone: options.timeZone ?? 'America/Chicago',
      address: '',
      is_demo: options.isDemo === true ? 1 : 0,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await startChain(app.auth.db, id, now);
  for (const type of defaultAppointmentTypes)
    await scheduleSettingsRepository.insertType(app.auth.db, id, { ...type, id: randomUUID(), version: 1 });
  return id;
}

/** Signs in through `POST /api/auth/login` as an existing user; throws unless it answers 200. */
export async function signInAs(
  app: FastifyInstance,
  email: string,
  password: string,
  remoteAddress?: string,
): Promise<SignedInUser['headers'] & { userId: string; clinicId: string }> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password },
    ...(remoteAddress === undefined ? {} : { remoteAddress }),
  });
  if (res.statusCode !== 200) throw new Error(`sign-in as ${email} answered ${res.statusCode}: ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'sotchart_session');
  if (cookie === undefined) throw new Error('sign-in set no session cookie');
  const body = res.json<{ user: { id: string }; clinic: { id: string }; csrfToken: string }>();
  return {
    cookie: `sotchart_session=${cookie.value}`,
    'x-csrf-token': body.csrfToken,
    userId: body.user.id,
    clinicId: body.clinic.id,
  };
}

/**
 * Creates a user of `role` (and a clinic for it unless `clinicId` is given), with cheap argon2
 * settings, signs in through the real login route and returns what a test needs to act as that user.
 * @example const owner = await signIn(app, { role: 'owner' }); await app.inject({ method: 'GET', url: '/api/users', headers: owner.headers });
 */
export async function signIn(
  app: FastifyInstance,
  options: { clinicId?: string; role: Role; email?: string; displayName?: string },
): Promise<SignedInUser> {
  const clinicId = options.clinicId ?? (await insertClinic(app));
  const email = options.email ?? `${options.role}-${randomBytes(4).toString('hex')}@test.example`;
  const user = await createUser(
    app.auth.db,
    {
      clinicId,
      email,
      displayName: options.displayName ?? `Test ${options.role}`,
      role: options.role,
      password: testPassword,
    },
    { argon2: cheapArgon2 },
    app.auth.clock,
  );
  const session = await signInAs(app, email, testPassword);
  return {
    clinicId,
    userId: user.id,
    email,
    headers: { cookie: session.cookie, 'x-csrf-token': session['x-csrf-token'] },
  };
}
