import type { Episode } from '@sotchart/contract';

/** The open episode of care (no end date) that started last, if any. */
export function currentEpisode(episodes: readonly Episode[]): Episode | undefined {
  return episodes
    .filter((e) => e.endDate === null)
    .slice()
    .sort((a, b) => b.startDate.localeCompare(a.startDate))[0];
}
