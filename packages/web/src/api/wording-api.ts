import {
  ClinicMessageSchema,
  WordingCatalogueSchema,
  type ClinicMessage,
  type ClinicMessageRef,
  type PutClinicMessage,
  type WordingCatalogue,
  type WordingCatalogueQuery,
} from '@sotchart/contract';
import { request, requestNoContent } from './http-client';

/** The clinic's own wording of the app's messages (owners); every answer is checked against the contract. */
export const wordingApi = {
  catalogue: (query: WordingCatalogueQuery): Promise<WordingCatalogue> =>
    request('GET', '/api/clinic/wording/messages', { query }, WordingCatalogueSchema),
  put: (body: PutClinicMessage): Promise<ClinicMessage> =>
    request('PUT', '/api/clinic/wording', { body }, ClinicMessageSchema),
  remove: (ref: ClinicMessageRef): Promise<void> =>
    requestNoContent('DELETE', '/api/clinic/wording', { query: { ...ref } }),
};
