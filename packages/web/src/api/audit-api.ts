import { AuditPageSchema, type AuditPage, type AuditQuery } from '@sotchart/contract';
import { request } from './http-client';

/** Who read or changed patient records (owners and auditors); the answer is checked against the contract. */
export const auditApi = {
  query: (params: Partial<AuditQuery>): Promise<AuditPage> =>
    request('GET', '/api/audit', { query: params }, AuditPageSchema),
};
