import type { FastifyReply, FastifyRequest } from 'fastify';

export const sessionCookieName = 'sotchart_session';

/**
 * The session cookie: httpOnly (no script reads it), SameSite=Strict (no other site sends it), Path=/,
 * Secure whenever the request came over https (directly, or through a proxy trusted by TRUST_PROXY=1).
 * It has no Max-Age, so closing the browser drops it; the server enforces idle and absolute ends.
 */
function cookieOptions(request: FastifyRequest) {
  return { httpOnly: true, sameSite: 'strict', path: '/', secure: request.protocol === 'https' } as const;
}

export function setSessionCookie(reply: FastifyReply, request: FastifyRequest, token: string): void {
  void reply.setCookie(sessionCookieName, token, cookieOptions(request));
}

export function clearSessionCookie(reply: FastifyReply, request: FastifyRequest): void {
  void reply.clearCookie(sessionCookieName, cookieOptions(request));
}
