import {
  ClinicSchema,
  ProtocolStateSchema,
  type Clinic,
  type ProtocolState,
  type UpdateClinic,
} from '@sotchart/contract';
import type { ProtocolOverride } from '@sotchart/engine';
import { request } from './http-client';

/** Clinic settings and the clinic's protocol override; every answer is checked against the contract. */
export const clinicApi = {
  get: (): Promise<Clinic> => request('GET', '/api/clinic', {}, ClinicSchema),
  update: (body: UpdateClinic): Promise<Clinic> => request('PATCH', '/api/clinic', { body }, ClinicSchema),
  protocol: (): Promise<ProtocolState> => request('GET', '/api/protocol', {}, ProtocolStateSchema),
  /** `version` is the revision last read (0 when the clinic has no override yet). */
  putProtocol: (version: number, override: ProtocolOverride): Promise<ProtocolState> =>
    request('PUT', '/api/protocol', { body: { version, override } }, ProtocolStateSchema),
};
