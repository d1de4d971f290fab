import type { Role } from '@sotchart/contract';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors';

/** Who is asking, for which clinic: every service call is scoped by `clinicId`. */
export interface RequestContext {
  readonly clinicId: string;
  readonly userId: string;
  readonly role: Role;
  readonly requestId: string;
  readonly ip: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the session hook when the request carries a valid session; null otherwise. */
    ctx: RequestContext | null;
  }
}

/** The caller's context; UNAUTHENTICATED when the request has no valid session. */
export function contextOf(request: FastifyRequest): RequestContext {
  if (request.ctx === null) throw new AppError('UNAUTHENTICATED');
  return request.ctx;
}
