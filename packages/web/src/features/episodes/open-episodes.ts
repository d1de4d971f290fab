import type { Episode } from '@sotchart/contract';

/** Episodes of care still open (no end date: not discharged), the latest started first. */
export function openEpisodes(episodes: readonly Episode[]): Episode[] {
  return episodes.filter((e) => e.endDate === null).sort((a, b) => b.startDate.localeCompare(a.startDate));
}
