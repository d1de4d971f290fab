import type { CreatedUser, CreateUser, UpdateUser, User } from './account-types';
import { request } from './http-client';

/** The clinic's users (owners only). */
export const usersApi = {
  list: (): Promise<{ items: User[] }> => request('GET', '/api/users'),
  create: (body: CreateUser): Promise<CreatedUser> => request('POST', '/api/users', { body }),
  update: (id: string, body: UpdateUser): Promise<User> => request('PATCH', `/api/users/${id}`, { body }),
  /** Sets a temporary password; the user must change it at their next sign-in. */
  resetPassword: (id: string): Promise<{ temporaryPassword: string }> =>
    request('POST', `/api/users/${id}/reset-password`, { body: {} }),
};
