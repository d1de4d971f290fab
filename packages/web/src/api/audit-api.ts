import type { AuditPage } from './account-types';
import { request } from './http-client';

/** Who read or changed patient records (owners and auditors). */
export const auditApi = {
  query: (params: { patientId?: string; cursor?: string; limit?: number }): Promise<AuditPage> =>
    request('GET', '/api/audit', { query: params }),
};
