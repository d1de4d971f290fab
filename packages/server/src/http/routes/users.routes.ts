import {
  CreatedUserSchema,
  CreateUserSchema,
  IdParamsSchema,
  ResetPasswordSchema,
  TemporaryPasswordSchema,
  UpdateUserSchema,
  UserListSchema,
  UserSchema,
} from '@sotchart/contract';
import type { FastifyInstance } from 'fastify';
import type { AuthDeps } from '../../auth/auth-deps';
import { contextOf } from '../../auth/request-context';
import { userService } from '../../services/user.service';
import { ownedBy } from '../owned-by';
import { defineRoute } from '../route';

/** The clinic's users, managed by its owners. */
export function userRoutes(app: FastifyInstance, deps: AuthDeps): void {
  const userOwned = ownedBy(deps.db, 'user');

  defineRoute(app, {
    method: 'GET',
    url: '/api/users',
    permission: 'clinicAdmin',
    schema: { summary: "The clinic's users", response: UserListSchema },
    handler: (request) => userService.list(deps, contextOf(request)),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/users',
    permission: 'clinicAdmin',
    schema: {
      summary: 'Add a user with a temporary password (returned once; changed at first sign-in)',
      body: CreateUserSchema,
      response: CreatedUserSchema,
      status: 201,
    },
    handler: (request, _reply, { body }) => userService.create(deps, contextOf(request), body),
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/users/:id',
    permission: 'clinicAdmin',
    ownedBy: userOwned,
    schema: { summary: 'Read a user', params: IdParamsSchema, response: UserSchema },
    handler: (request, _reply, { params }) => userService.get(deps, contextOf(request), params.id),
  });
  defineRoute(app, {
    method: 'PATCH',
    url: '/api/users/:id',
    permission: 'clinicAdmin',
    ownedBy: userOwned,
    schema: {
      summary: 'Change a user’s name, role, profile or active flag (send the version you read)',
      params: IdParamsSchema,
      body: UpdateUserSchema,
      response: UserSchema,
    },
    handler: (request, _reply, { params, body }) =>
      userService.update(deps, contextOf(request), params.id, body),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/users/:id/reset-password',
    permission: 'clinicAdmin',
    ownedBy: userOwned,
    schema: {
      summary: 'Give a user a temporary password to change at next sign-in; ends their sessions',
      params: IdParamsSchema,
      body: ResetPasswordSchema,
      response: TemporaryPasswordSchema,
    },
    handler: (request, _reply, { params, body }) =>
      userService.resetPassword(deps, contextOf(request), params.id, body?.temporaryPassword),
  });
}
