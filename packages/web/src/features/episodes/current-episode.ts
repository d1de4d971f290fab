import type { Episode } from '@sotchart/contract';
import { openEpisodes } from './open-episodes';

/** The open episode of care (no end date) that started last, if any. */
export function currentEpisode(episodes: readonly Episode[]): Episode | undefined {
  return openEpisodes(episodes)[0];
}
