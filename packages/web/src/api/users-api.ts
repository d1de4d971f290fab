import {
  CreatedUserSchema,
  TemporaryPasswordSchema,
  UserListSchema,
  UserSchema,
  type CreatedUser,
  type CreateUser,
  type TemporaryPassword,
  type UpdateUser,
  type User,
} from '@sotchart/contract';
import { request } from './http-client';

/** The clinic's users (owners only); every answer is checked against the contract. */
export const usersApi = {
  list: (): Promise<{ items: User[] }> => request('GET', '/api/users', {}, UserListSchema),
  create: (body: CreateUser): Promise<CreatedUser> =>
    request('POST', '/api/users', { body }, CreatedUserSchema),
  update: (id: string, body: UpdateUser): Promise<User> =>
    request('PATCH', `/api/users/${id}`, { body }, UserSchema),
  /** Sets a temporary password; the user must change it at their next sign-in. */
  resetPassword: (id: string): Promise<TemporaryPassword> =>
    request('POST', `/api/users/${id}/reset-password`, { body: {} }, TemporaryPasswordSchema),
};
