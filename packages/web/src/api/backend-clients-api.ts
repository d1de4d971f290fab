import {
  BackendClientListSchema,
  BackendClientSchema,
  type BackendClient,
  type CreateBackendClient,
} from '@sotchart/contract';
import { request } from './http-client';

/** Backend systems registered for SMART Backend Services (owners only), checked against the contract. */
export const backendClientsApi = {
  list: (): Promise<{ items: BackendClient[] }> =>
    request('GET', '/api/backend-clients', {}, BackendClientListSchema),
  create: (body: CreateBackendClient): Promise<BackendClient> =>
    request('POST', '/api/backend-clients', { body }, BackendClientSchema),
  revoke: (id: string): Promise<BackendClient> =>
    request('POST', `/api/backend-clients/${id}/revoke`, { body: {} }, BackendClientSchema),
};
