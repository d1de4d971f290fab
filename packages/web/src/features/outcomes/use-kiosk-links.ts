import type { KioskLink } from '@sotchart/contract';
import { useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { outcomeKeys, outcomesApi } from '../../api/outcomes-api';

/** How often the outcomes page asks whether a tablet has sent something, while a link is open. */
export const kioskPollMs = 4_000;

/** What changes when a tablet sends a form: a link's count of questionnaires answered, or its status. */
const progressOf = (links: readonly KioskLink[]): string =>
  links.map((l) => `${l.id}:${l.answered}:${l.status}`).join(',');

/**
 * A patient's tablet links, kept current while one is open so that what the patient sends shows at
 * once: the list is asked again every few seconds (only while a link is open and this tab is visible,
 * since each ask is an audited read) and on returning to the tab; when a link moves on, the patient's
 * questionnaires, scores, schedule and tablet forms are fetched again.
 */
export function useKioskLinks(patientId: string): UseQueryResult<KioskLink[]> {
  const queryClient = useQueryClient();
  const links = useQuery({
    queryKey: outcomeKeys.kioskLinks(patientId),
    queryFn: () => outcomesApi.kioskLinks(patientId),
    refetchInterval: (query) =>
      query.state.data?.some((l) => l.status === 'open') === true ? kioskPollMs : false,
    refetchOnWindowFocus: true,
  });
  const progress = links.data === undefined ? null : progressOf(links.data);
  const seen = useRef<string | null>(null);
  useEffect(() => {
    if (progress === null) return;
    if (seen.current !== null && seen.current !== progress)
      for (const queryKey of [
        outcomeKeys.kioskSubmissions(patientId),
        outcomeKeys.questionnaires(patientId),
        outcomeKeys.progress(patientId),
        outcomeKeys.schedule(patientId),
      ])
        void queryClient.invalidateQueries({ queryKey });
    seen.current = progress;
  }, [patientId, progress, queryClient]);
  return links;
}
