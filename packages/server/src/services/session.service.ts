import { uuidv7 } from 'uuidv7';
import type { AuditEvent } from '../audit/audit-event';
import type { Login, SessionView, User } from '../auth/account.schemas';
import type { AuthDeps } from '../auth/auth-deps';
import { throttleKeys } from '../auth/login-throttle';
import { verifyPassword } from '../auth/password-hashing';
import type { RequestContext } from '../auth/request-context';
import { csrfTokenFor, newSessionToken, tokenHash } from '../auth/session-token';
import { clinicRepository } from '../db/repositories/clinic.repository';
import { sessionRepository, type SessionRecord } from '../db/repositories/session.repository';
import { userRepository } from '../db/repositories/user.repository';
import { AppError, notFound } from '../errors';

/** Who is signing in, from where, and the session cookie they already hold (rotated away on success). */
export interface LoginAttempt extends Login {
  readonly ip: string;
  readonly requestId: string;
  readonly presentedToken: string | undefined;
}

export interface SignedIn {
  readonly token: string;
  readonly view: SessionView;
}

/** One message for every failed sign-in, so an answer never tells which emails have accounts. */
const wrongCredentials = (): AppError =>
  new AppError('UNAUTHENTICATED', { message: 'The email or password is wrong.' });

const minutes = (n: number): number => n * 60_000;

/** How often a busy session's last-seen time is written: idle expiry needs no finer grain. */
function touchIntervalMs(deps: AuthDeps): number {
  return Math.min(60_000, minutes(deps.settings.sessionIdleMinutes) / 10);
}

function eventOf(
  attempt: { ip: string; requestId: string },
  fields: Pick<AuditEvent, 'clinicId' | 'actorId' | 'action' | 'entityType' | 'entityIds'>,
): AuditEvent {
  return { ...fields, patientId: null, requestId: attempt.requestId, ip: attempt.ip };
}

async function viewOf(deps: AuthDeps, clinicId: string, user: User, csrfToken: string): Promise<SessionView> {
  const clinic = await clinicRepository.findById(deps.db, clinicId);
  if (clinic === undefined) throw notFound();
  const { id, email, displayName, role, mustChangePassword, profile } = user;
  return {
    user: { id, email, displayName, role, mustChangePassword, profile },
    clinic: { id: clinic.id, name: clinic.name, timeZone: clinic.timeZone, isDemo: clinic.isDemo },
    csrfToken,
  };
}

export const sessionService = {
  /**
   * Signs in: throttle check (per account and address), password check (against a dummy hash when the
   * email is unknown), the throttle settles the attempt, then a new session replaces the one presented.
   * Every failure is audited: in the account's clinic chain, or the system chain when no account has
   * that email.
   */
  async login(deps: AuthDeps, attempt: LoginAttempt): Promise<SignedIn> {
    const found = await userRepository.findCredentialsByEmail(deps.db, attempt.email);
    const failed = (): AuditEvent =>
      eventOf(attempt, {
        clinicId: found?.clinicId ?? null,
        actorId: null,
        action: 'login_failed',
        entityType: 'user',
        entityIds: found === undefined ? [] : [found.user.id],
      });
    const keys = throttleKeys(deps.settings.loginLimit, attempt.email, attempt.ip);
    const refused = async (error: unknown): Promise<never> => {
      await deps.audit.record(failed());
      throw error;
    };
    await deps.throttle.check(keys).catch(refused);
    const matches = await verifyPassword(found?.passwordHash ?? (await deps.dummyHash()), attempt.password);
    const correct = found !== undefined && matches && found.user.active;
    await deps.throttle.settle(keys, correct).catch(refused);
    if (!correct) {
      await deps.audit.record(failed());
      throw wrongCredentials();
    }

    const now = deps.clock();
    const token = newSessionToken();
    const sessionId = uuidv7();
    await deps.db.transaction().execute(async (trx) => {
      if (attempt.presentedToken !== undefined) {
        await sessionRepository.deleteByTokenHash(trx, tokenHash(attempt.presentedToken));
      }
      await sessionRepository.deleteExpired(
        trx,
        now.toISOString(),
        new Date(now.getTime() - minutes(deps.settings.sessionIdleMinutes)).toISOString(),
      );
      await sessionRepository.insert(trx, {
        id: sessionId,
        tokenHash: tokenHash(token),
        userId: found.user.id,
        clinicId: found.clinicId,
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + deps.settings.sessionMaxHours * 3_600_000).toISOString(),
        ip: attempt.ip,
      });
      await deps.audit.within(
        trx,
        eventOf(attempt, {
          clinicId: found.clinicId,
          actorId: found.user.id,
          action: 'login',
          entityType: 'session',
          entityIds: [sessionId],
        }),
      );
    });
    return { token, view: await viewOf(deps, found.clinicId, found.user, csrfTokenFor(token)) };
  },

  /**
   * The live session a cookie token names, or null when there is none, it is past its idle or absolute
   * end (then it is deleted), or its user is deactivated. A busy session's last-seen time is refreshed.
   */
  async resolve(deps: AuthDeps, token: string): Promise<SessionRecord | null> {
    const session = await sessionRepository.findByTokenHash(deps.db, tokenHash(token));
    if (session === undefined) return null;
    const now = deps.clock().getTime();
    const idleEnd = new Date(session.lastSeenAt).getTime() + minutes(deps.settings.sessionIdleMinutes);
    if (now >= idleEnd || now >= new Date(session.expiresAt).getTime() || !session.active) {
      await sessionRepository.delete(deps.db, session.id);
      return null;
    }
    if (now - new Date(session.lastSeenAt).getTime() >= touchIntervalMs(deps)) {
      await sessionRepository.touch(deps.db, session.id, new Date(now).toISOString());
    }
    return session;
  },

  async view(deps: AuthDeps, ctx: RequestContext, csrfToken: string): Promise<SessionView> {
    const user = await userRepository.findById(deps.db, ctx.clinicId, ctx.userId);
    if (user === undefined) throw new AppError('UNAUTHENTICATED');
    return viewOf(deps, ctx.clinicId, user, csrfToken);
  },

  async logout(deps: AuthDeps, ctx: RequestContext, sessionId: string): Promise<void> {
    await deps.db.transaction().execute(async (trx) => {
      await sessionRepository.delete(trx, sessionId);
      await deps.audit.within(
        trx,
        eventOf(ctx, {
          clinicId: ctx.clinicId,
          actorId: ctx.userId,
          action: 'logout',
          entityType: 'session',
          entityIds: [sessionId],
        }),
      );
    });
  },

  /** Ends every session of the caller, on every device, this one included. */
  async logoutEverywhere(deps: AuthDeps, ctx: RequestContext): Promise<void> {
    await deps.db.transaction().execute(async (trx) => {
      await sessionRepository.deleteForUser(trx, ctx.userId);
      await deps.audit.within(
        trx,
        eventOf(ctx, {
          clinicId: ctx.clinicId,
          actorId: ctx.userId,
          action: 'logout',
          entityType: 'user',
          entityIds: [ctx.userId],
        }),
      );
    });
  },
};
