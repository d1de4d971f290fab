import type { ChangePassword, CreateUser, Profile, UpdateMe, UpdateUser, User } from '@sotchart/contract';
import type { Kysely } from 'kysely';
import type { AuthDeps } from '../auth/auth-deps';
import { createUser } from '../auth/create-user';
import { throttleKeys } from '../auth/login-throttle';
import { hashPassword, verifyPassword } from '../auth/password-hashing';
import { passwordProblems } from '../auth/password-policy';
import type { RequestContext } from '../auth/request-context';
import { generateTemporaryPassword } from '../auth/temporary-password';
import type { Database } from '../db/database';
import { sessionRepository } from '../db/repositories/session.repository';
import { userRepository } from '../db/repositories/user.repository';
import { notFound, validationFailed } from '../errors';
import { patched, saveVersioned } from './save-versioned';

async function loadUser(db: Kysely<Database>, ctx: RequestContext, id: string): Promise<User> {
  const user = await userRepository.findById(db, ctx.clinicId, id);
  if (user === undefined) throw notFound();
  return user;
}

/** The audit row of a change to user `id`, written in the change's transaction `trx`. */
async function auditUser(
  deps: AuthDeps,
  trx: Kysely<Database>,
  ctx: RequestContext,
  action: 'create' | 'update',
  id: string,
) {
  await deps.audit.within(trx, {
    clinicId: ctx.clinicId,
    actorId: ctx.userId,
    action,
    entityType: 'user',
    entityIds: [id],
    patientId: null,
    requestId: ctx.requestId,
    ip: ctx.ip,
  });
}

/**
 * Stores a new password hash for user `id` and whether it must be changed at next sign-in. No version
 * is sent: the write is against the version read here, in `trx`.
 */
async function setPassword(
  deps: AuthDeps,
  trx: Kysely<Database>,
  ctx: RequestContext,
  id: string,
  passwordHash: string,
  mustChangePassword: boolean,
): Promise<User> {
  const current = await loadUser(trx, ctx, id);
  return saveVersioned({
    current,
    expected: current.version,
    change: (stored) => ({ ...stored, mustChangePassword, updatedAt: deps.clock().toISOString() }),
    write: (next, expected) => userRepository.update(trx, ctx.clinicId, next, expected, passwordHash),
    reload: () => loadUser(trx, ctx, id),
  });
}

/** A temporary password: the one given (checked against the policy) or a generated one. */
function temporaryPassword(given: string | undefined, email: string): string {
  if (given === undefined) return generateTemporaryPassword();
  const problems = passwordProblems(given, { email }, 'temporaryPassword');
  if (problems.length > 0) throw validationFailed(problems);
  return given;
}

export const userService = {
  async list(deps: AuthDeps, ctx: RequestContext): Promise<{ items: User[] }> {
    return { items: await userRepository.listByClinic(deps.db, ctx.clinicId) };
  },

  get(deps: AuthDeps, ctx: RequestContext, id: string): Promise<User> {
    return loadUser(deps.db, ctx, id);
  },

  /** An owner adds a user with a temporary password, which the user must change at first sign-in. */
  async create(
    deps: AuthDeps,
    ctx: RequestContext,
    input: CreateUser,
  ): Promise<{ user: User; temporaryPassword: string }> {
    const password = temporaryPassword(input.temporaryPassword, input.email);
    const user = await createUser(
      deps.db,
      {
        clinicId: ctx.clinicId,
        email: input.email,
        displayName: input.displayName,
        role: input.role,
        password,
        mustChangePassword: true,
        ...(input.profile === undefined ? {} : { profile: input.profile }),
      },
      deps.settings,
      deps.clock,
      (trx, created) => auditUser(deps, trx, ctx, 'create', created.id),
    );
    return { user, temporaryPassword: password };
  },

  /**
   * Changes a user's name, role, profile or active flag (send the version you read). The clinic keeps
   * at least one active owner; a deactivated user's sessions end at once, and a new role applies to
   * the user's next request.
   */
  async update(deps: AuthDeps, ctx: RequestContext, id: string, patch: UpdateUser): Promise<User> {
    const result = await deps.db.transaction().execute(async (trx) => {
      const current = await loadUser(trx, ctx, id);
      await auditUser(deps, trx, ctx, 'update', id);
      const profile: Profile | undefined =
        patch.profile === undefined ? undefined : { ...current.profile, ...patch.profile };
      const saved = await saveVersioned({
        current,
        expected: patch.version,
        change: async (stored) => {
          const next = patched(stored, { ...patch, profile });
          if (next === null) return null;
          const losesOwner =
            stored.role === 'owner' && stored.active && (next.role !== 'owner' || !next.active);
          if (losesOwner) {
            const owners = await userRepository.lockActiveOwners(trx, deps.dialect, ctx.clinicId);
            if (owners.filter((o) => o !== id).length === 0) {
              const path = next.role !== 'owner' ? 'role' : 'active';
              throw validationFailed([{ path, message: 'the clinic needs at least one active owner' }]);
            }
          }
          return { ...next, updatedAt: deps.clock().toISOString() };
        },
        write: (next, expected) => userRepository.update(trx, ctx.clinicId, next, expected),
        reload: () => loadUser(trx, ctx, id),
      });
      if (current.active && !saved.active) await sessionRepository.deleteForUser(trx, id);
      return saved;
    });
    return result;
  },

  /** Gives a user a temporary password to change at next sign-in, and ends their sessions. */
  async resetPassword(
    deps: AuthDeps,
    ctx: RequestContext,
    id: string,
    given: string | undefined,
  ): Promise<{ temporaryPassword: string }> {
    const user = await loadUser(deps.db, ctx, id);
    const password = temporaryPassword(given, user.email);
    const passwordHash = await hashPassword(password, deps.settings.argon2);
    await deps.db.transaction().execute(async (trx) => {
      await setPassword(deps, trx, ctx, id, passwordHash, true);
      await sessionRepository.deleteForUser(trx, id);
      await auditUser(deps, trx, ctx, 'update', id);
    });
    return { temporaryPassword: password };
  },

  /**
   * The caller sets what is theirs alone to choose, whatever their role: the app's language (null to
   * follow the device). A preference, so the last choice wins without a version.
   */
  async updateMe(deps: AuthDeps, ctx: RequestContext, patch: UpdateMe): Promise<User> {
    return deps.db.transaction().execute(async (trx) => {
      const current = await loadUser(trx, ctx, ctx.userId);
      await auditUser(deps, trx, ctx, 'update', ctx.userId);
      return saveVersioned({
        current,
        expected: current.version,
        change: (stored) => {
          const next = patched(stored, patch);
          return next === null ? null : { ...next, updatedAt: deps.clock().toISOString() };
        },
        write: (next, expected) => userRepository.update(trx, ctx.clinicId, next, expected),
        reload: () => loadUser(trx, ctx, ctx.userId),
      });
    });
  },

  /**
   * The caller replaces their own password, giving the current one (throttled like sign-in). Their
   * other sessions end; this one stays, and the must-change flag clears.
   */
  async changeOwnPassword(
    deps: AuthDeps,
    ctx: RequestContext,
    sessionId: string,
    input: ChangePassword,
  ): Promise<void> {
    const user = await loadUser(deps.db, ctx, ctx.userId);
    const keys = throttleKeys(deps.settings.loginLimit, user.email, ctx.ip);
    await deps.throttle.check(keys);
    const storedHash = (await userRepository.findPasswordHash(deps.db, ctx.clinicId, ctx.userId)) ?? '';
    const matches = await verifyPassword(storedHash, input.currentPassword);
    await deps.throttle.settle(keys, matches);
    if (!matches) {
      throw validationFailed([{ path: 'currentPassword', message: 'is not your current password' }]);
    }
    const problems = passwordProblems(input.newPassword, { email: user.email }, 'newPassword');
    if (input.newPassword === input.currentPassword) {
      problems.push({ path: 'newPassword', message: 'must differ from the current password' });
    }
    if (problems.length > 0) throw validationFailed(problems);
    const passwordHash = await hashPassword(input.newPassword, deps.settings.argon2);
    await deps.db.transaction().execute(async (trx) => {
      await setPassword(deps, trx, ctx, ctx.userId, passwordHash, false);
      await sessionRepository.deleteForUser(trx, ctx.userId, sessionId);
      await auditUser(deps, trx, ctx, 'update', ctx.userId);
    });
  },
};
