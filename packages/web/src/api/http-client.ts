import { ErrorCode } from '@sotchart/contract';
import { i18n } from '../i18n/translation';
import { ApiError, apiErrorOf } from './api-error';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A contract schema (zod) the answer is checked against; `parse` throws when the answer does not fit. */
export interface ResponseSchema<T> {
  parse(value: unknown): T;
}

export interface RequestOptions {
  readonly body?: unknown;
  /** A file sent as the body as it is, with its media type (instead of a JSON `body`). */
  readonly file?: { readonly data: Blob; readonly type: string };
  readonly query?: Readonly<Record<string, string | number | boolean | undefined>>;
  /** False for the sign-in calls themselves: their 401 means "wrong password", not "session expired". */
  readonly reauthenticate?: boolean;
  readonly signal?: AbortSignal;
}

/**
 * Asked to re-authenticate when a request answers 401 during a session: it resolves once the user has
 * signed in again (the request is then retried) and rejects if they give up.
 */
export type SessionExpiredHandler = () => Promise<void>;

let csrfToken: string | null = null;
let sessionExpiredHandler: SessionExpiredHandler | null = null;
let csrfTokenLoader: (() => Promise<void>) | null = null;

/** Sets the token sent in `x-csrf-token` on every state-changing request (null after sign-out). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function onSessionExpired(handler: SessionExpiredHandler | null): void {
  sessionExpiredHandler = handler;
}

/**
 * Sets how a state-changing request during a session gets a CSRF token when it has none: an app opened
 * without a network runs on the session kept on the device, which holds no token, and the first save
 * after the network returns must not be refused for the lack of one.
 */
export function onCsrfTokenMissing(loader: (() => Promise<void>) | null): void {
  csrfTokenLoader = loader;
}

function urlOf(path: string, query: RequestOptions['query']): string {
  if (query === undefined) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search === '' ? path : `${path}?${search}`;
}

async function errorOf(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  return apiErrorOf(
    response.status,
    body,
    i18n.t('api.serverAnswered', { ns: 'common', status: response.status }),
  );
}

async function send(method: Method, path: string, options: RequestOptions): Promise<Response> {
  // The server answers errors in the app's language (documents follow the patient's or the clinic's).
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': i18n.language };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.file !== undefined) headers['content-type'] = options.file.type;
  if (method !== 'GET' && csrfToken !== null) headers['x-csrf-token'] = csrfToken;
  try {
    return await fetch(urlOf(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
      ...(options.file === undefined ? {} : { body: options.file.data }),
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    });
  } catch (cause) {
    if (options.signal?.aborted === true) throw cause;
    throw new ApiError(0, ErrorCode.NETWORK, i18n.t('api.unreachable', { ns: 'common' }));
  }
}

/**
 * Sends the request; a 401 during a session pauses it until the user signs in again, then retries it
 * once, so a form being saved keeps its input. A failed answer throws an {@link ApiError}.
 */
async function answerOf(method: Method, path: string, options: RequestOptions): Promise<Response> {
  if (method !== 'GET' && csrfToken === null && options.reauthenticate !== false)
    await csrfTokenLoader?.().catch(() => undefined);
  let response = await send(method, path, options);
  if (response.status === 401 && options.reauthenticate !== false && sessionExpiredHandler !== null) {
    await sessionExpiredHandler();
    response = await send(method, path, options);
  }
  if (!response.ok) throw await errorOf(response);
  return response;
}

/**
 * Calls the API and returns its JSON answer, checked against `schema` (the contract's schema of the
 * answer). Any failure throws an {@link ApiError}; an answer that does not fit the contract is
 * CONTRACT_MISMATCH.
 */
export async function request<T>(
  method: Method,
  path: string,
  options: RequestOptions,
  schema: ResponseSchema<T>,
): Promise<T> {
  const response = await answerOf(method, path, options);
  const body: unknown = await response.json().catch(() => undefined);
  try {
    return schema.parse(body);
  } catch {
    throw new ApiError(
      response.status,
      ErrorCode.CONTRACT_MISMATCH,
      i18n.t('api.contractMismatch', { ns: 'common', method, path: path.split('?')[0] ?? path }),
    );
  }
}

/** Calls an API route that answers 204 No Content (sign-out, password change); its body is not read. */
export async function requestNoContent(method: Method, path: string, options: RequestOptions): Promise<void> {
  await answerOf(method, path, options);
}
