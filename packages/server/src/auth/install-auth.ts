import cookie from '@fastify/cookie';
import type { FastifyInstance } from 'fastify';
import { AuditCommitter } from '../audit/audit-committer';
import { installAuditHooks } from '../audit/audit-hooks';
import type { DatabaseHandle } from '../db/connect';
import { auditRoutes } from '../http/routes/audit.routes';
import { authRoutes } from '../http/routes/auth.routes';
import { userRoutes } from '../http/routes/users.routes';
import type { AuthDeps } from './auth-deps';
import { resolveAuthSettings, type AuthSettings } from './auth-settings';
import { LoginThrottle } from './login-throttle';
import { hashPassword } from './password-hashing';
import { registerSecurityHeaders } from './security-headers';
import { installSessionHook } from './session-hook';
import { newSessionToken } from './session-token';

export interface AuthOptions {
  readonly handle: DatabaseHandle;
  readonly auth?: Partial<AuthSettings>;
  readonly clock?: () => Date;
  /** How long an idle audit committer waits to batch a lone event (ms). */
  readonly auditCommitIntervalMs?: number;
}

/**
 * Everything about who may do what, installed on the app before any route: security headers, cookies,
 * `app.audit` (group-committed, flushed on close) and the session hook that sets `request.ctx`.
 * It returns the function that registers the auth, users and audit routes, which the caller runs
 * once the error handler is in place (a Fastify route keeps the error handler of its registration).
 */
export async function installAuth(app: FastifyInstance, options: AuthOptions): Promise<() => void> {
  const { db, dialect, sqlite } = options.handle;
  const settings = resolveAuthSettings(options.auth);
  const clock = options.clock ?? (() => new Date());
  const audit = new AuditCommitter({
    db,
    dialect,
    clock,
    sweepMs: 5_000,
    // On SQLite the audit rows are chained on a worker thread, its fsync off the event loop.
    ...(sqlite === undefined ? {} : { sqliteWorker: sqlite }),
    ...(options.auditCommitIntervalMs === undefined ? {} : { intervalMs: options.auditCommitIntervalMs }),
  });
  app.decorate('audit', audit);
  app.decorate('auth', { db, settings, clock });
  app.addHook('onClose', () => audit.close());
  installAuditHooks(app, audit);

  registerSecurityHeaders(app);
  await app.register(cookie);

  let dummy: Promise<string> | undefined;
  const deps: AuthDeps = {
    db,
    dialect,
    audit,
    clock,
    settings,
    throttle: new LoginThrottle(db, dialect, settings.loginLimit, clock),
    dummyHash: () => (dummy ??= hashPassword(newSessionToken(), settings.argon2)),
  };
  installSessionHook(app, deps);
  return () => {
    authRoutes(app, deps);
    userRoutes(app, deps);
    auditRoutes(app, deps);
  };
}
