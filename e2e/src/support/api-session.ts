import type { Credentials } from './demo-login';

/** A signed-in API client for setting up test data the way an owner would, without a browser. */
export interface ApiSession {
  call<T>(method: string, path: string, body?: unknown): Promise<T>;
}

/** Signs in through `POST /api/auth/login` and returns a client carrying the cookie and CSRF token. */
export async function apiSession(baseUrl: string, credentials: Credentials): Promise<ApiSession> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  });
  if (!login.ok)
    throw new Error(`sign-in as ${credentials.email} answered ${login.status}: ${await login.text()}`);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .filter((c) => c.startsWith('sotchart_session='))
    .join('; ');
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return {
    async call<T>(method: string, path: string, body?: unknown): Promise<T> {
      const res = await fetch(`${baseUrl}${path}`, {
        method,
        headers: {
          cookie,
          'x-csrf-token': csrfToken,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${await res.text()}`);
      return (res.status === 204 ? undefined : await res.json()) as T;
    },
  };
}

/** The password test users end up with; it passes the server's password policy. */
export const testUserPassword = 'quiet-harbour-lantern-51';

/**
 * Adds a user of `role` to the signed-in owner's clinic and, unless `keepTemporary`, gives them
 * `testUserPassword` (signing in once with the temporary password to change it, as the user would).
 */
export async function createTestUser(
  baseUrl: string,
  owner: ApiSession,
  role: 'owner' | 'practitioner' | 'assistant' | 'auditor',
  options: { displayName?: string; keepTemporary?: boolean } = {},
): Promise<Credentials & { readonly id: string }> {
  const email = `${role}-${Math.random().toString(36).slice(2, 8)}@test.example`;
  const created = await owner.call<{ user: { id: string }; temporaryPassword: string }>(
    'POST',
    '/api/users',
    {
      email,
      displayName: options.displayName ?? `Test ${role}`,
      role,
    },
  );
  if (options.keepTemporary === true)
    return { id: created.user.id, email, password: created.temporaryPassword };
  const self = await apiSession(baseUrl, { email, password: created.temporaryPassword });
  await self.call('POST', '/api/auth/password', {
    currentPassword: created.temporaryPassword,
    newPassword: testUserPassword,
  });
  return { id: created.user.id, email, password: testUserPassword };
}
