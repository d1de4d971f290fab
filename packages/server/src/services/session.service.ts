import { ErrorCode, type Login, type SessionView, type User } from '@sotchart/contract';
import { uuidv7 } from 'uuidv7';
import type { AuditEvent } from '../audit/audit-event';
import type { AuthDeps } from '../auth/auth-deps';
import { throttleKeys } from '../auth/login-throttle';
import { verifyPassword } from '../auth/password-hashing';
import type { RequestContext } from '../auth/request-context';
import { csrfTokenFor, newSessionToken, tokenHash } from '../auth/session-token';
import { clinicRepository } from '../db/repositories/clinic.repository';
import { sessionRepository, type SessionRecord } from '../db/repositories/session.repository';
import { userRepository, type UserCredentials } from '../db/repositories/user.repository';
import { AppError } from '../errors';
import { loadClinic } from './clinic.service';

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
  const clinic = await loadClinic(deps.db, clinicId);
  const { id, email, displayName, role, mustChangePassword, profile, language } = user;
  return {
    user: { id, email, displayName, role, mustChangePassword, profile, language },
    clinic: {
      id: clinic.id,
      name: clinic.name,
      timeZone: clinic.timeZone,
      language: clinic.language,
      isDemo: clinic.isDemo,
      country: clinic.country,
    },
    csrfToken,
  };
}

/**
 * The active accounts the password opens. Every account's hash is verified, active or not, so the time
 * taken does not tell a deactivated account from a wrong password; with no account, a dummy hash is.
 */
async function accountsOpened(
  deps: AuthDeps,
  accounts: readonly UserCredentials[],
  password: string,
): Promise<UserCredentials[]> {
  if (accounts.length === 0) {
    await verifyPassword(await deps.dummyHash(), password);
    return [];
  }
  const opened: UserCredentials[] = [];
  for (const account of accounts) {
    if ((await verifyPassword(account.passwordHash, password)) && account.user.active) opened.push(account);
  }
  return opened;
}

async function clinicChoice(deps: AuthDeps, opened: readonly UserCredentials[]): Promise<AppError> {
  const clinics = [];
  for (const account of opened) {
    const clinic = await clinicRepository.findById(deps.db, account.clinicId);
    if (clinic !== undefined) clinics.push({ id: clinic.id, name: clinic.name });
  }
  return new AppError(ErrorCode.CLINIC_CHOICE_REQUIRED, { current: { clinics } });
}

export const sessionService = {
  /**
   * Signs in: throttle check (per account and address), then the password is checked against every
   * account with the email (emails are unique per clinic, so there may be several; against a dummy hash
   * when there is none), the throttle settles the attempt, then a new session replaces the one
   * presented. When the password opens accounts in several clinics and the attempt names none, the
   * answer is CLINIC_CHOICE_REQUIRED with those clinics (the caller has just proved the password for
   * each). Every failure is audited: in each account's clinic chain, or the system chain when no
   * account has that email.
   */
  async login(deps: AuthDeps, attempt: LoginAttempt): Promise<SignedIn> {
    const accounts = (await userRepository.findCredentialsByEmail(deps.db, attempt.email)).filter(
      (a) => attempt.clinicId === undefined || a.clinicId === attempt.clinicId,
    );
    const failed = async (): Promise<void> => {
      const chains = accounts.length === 0 ? [undefined] : accounts;
      for (const account of chains) {
        await deps.audit.record(
          eventOf(attempt, {
            clinicId: account?.clinicId ?? null,
            actorId: null,
            action: 'login_failed',
            entityType: 'user',
            entityIds: account === undefined ? [] : [account.user.id],
          }),
        );
      }
    };
    const keys = throttleKeys(deps.settings.loginLimit, attempt.email, attempt.ip);
    const refused = async (error: unknown): Promise<never> => {
      await failed();
      throw error;
    };
    await deps.throttle.check(keys).catch(refused);
    const opened = await accountsOpened(deps, accounts, attempt.password);
    await deps.throttle.settle(keys, opened.length > 0).catch(refused);
    const found = opened[0];
    if (found === undefined) {
      await failed();
      throw wrongCredentials();
    }
    if (opened.length > 1) throw await clinicChoice(deps, opened);

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
   * It takes the token's hash (`tokenDigests`), which is what the session table stores.
   */
  async resolve(deps: AuthDeps, hash: string): Promise<SessionRecord | null> {
    const session = await sessionRepository.findByTokenHash(deps.db, hash);
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
