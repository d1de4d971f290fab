import { StaleDraftListSchema, type StaleDraft } from '@sotchart/contract';
import { request } from './http-client';

/** Drafts left unsigned; every answer is checked against the contract. */
export const draftsApi = {
  /** The signed-in practitioner's unsigned drafts timed more than a day ago, oldest first. */
  stale: (): Promise<StaleDraft[]> => request('GET', '/api/visits/drafts', {}, StaleDraftListSchema),
};
