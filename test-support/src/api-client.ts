import type { FastifyInstance } from 'fastify';

export interface ApiResponse<T = unknown> {
  readonly status: number;
  readonly body: T;
}

/** A JSON client over `app.inject` with fixed headers (a signed-in session's cookie and CSRF token). */
export function apiClient(app: FastifyInstance, headers: Record<string, string> = {}) {
  return async function call<T = Record<string, unknown>>(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    body?: unknown,
  ): Promise<ApiResponse<T>> {
    const res = await app.inject({
      method,
      url,
      headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
    });
    const text = res.body;
    // A non-JSON answer (a PDF, say) is handed back as text rather than parsed.
    const json = String(res.headers['content-type'] ?? '').includes('json');
    return { status: res.statusCode, body: (text === '' ? undefined : json ? JSON.parse(text) : text) as T };
  };
}
export type ApiCall = ReturnType<typeof apiClient>;
