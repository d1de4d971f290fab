/** A signed-in session over real HTTP: the cookie and CSRF headers a client sends with each request. */
export interface HttpSession {
  readonly headers: { readonly cookie: string; readonly 'x-csrf-token': string };
  readonly userId: string;
  readonly clinicId: string;
}

/** Signs in through `POST /api/auth/login`; throws unless it answers 200. */
export async function signInHttp(baseUrl: string, email: string, password: string): Promise<HttpSession> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`sign-in as ${email} answered ${res.status}: ${text}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .find((c) => c.startsWith('sotchart_session='));
  if (cookie === undefined) throw new Error('sign-in set no session cookie');
  const body = JSON.parse(text) as { user: { id: string }; clinic: { id: string }; csrfToken: string };
  return {
    headers: { cookie, 'x-csrf-token': body.csrfToken },
    userId: body.user.id,
    clinicId: body.clinic.id,
  };
}

/** One JSON request with a session's headers; the body is parsed when there is one. */
export async function callJson<T = Record<string, unknown>>(
  baseUrl: string,
  session: HttpSession | null,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      ...(session?.headers ?? {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: (text === '' ? undefined : JSON.parse(text)) as T };
}
