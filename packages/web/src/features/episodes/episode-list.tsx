import type { Episode } from '@sotchart/contract';
import { currentEpisode } from './current-episode';
import { EpisodeCard } from './episode-card';
import './episode-list.css';

/** A patient's episodes of care, newest first. */
export function EpisodeList({ episodes }: { readonly episodes: readonly Episode[] }) {
  if (episodes.length === 0) return <p className="muted">No episodes of care yet.</p>;
  const current = currentEpisode(episodes);
  const ordered = episodes.slice().sort((a, b) => b.startDate.localeCompare(a.startDate));
  return (
    <div className="stack">
      {ordered.map((e) => (
        <EpisodeCard key={e.id} episode={e} current={e.id === current?.id} />
      ))}
    </div>
  );
}
