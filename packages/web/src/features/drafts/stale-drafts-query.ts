import { queryOptions } from '@tanstack/react-query';
import { draftsApi } from '../../api/drafts-api';
import { queryKeys } from '../../api/query-keys';

/** The signed-in practitioner's drafts older than a day: one cache entry for the nav count and the page. */
export const staleDraftsQuery = queryOptions({
  queryKey: queryKeys.staleDrafts,
  queryFn: () => draftsApi.stale(),
});
