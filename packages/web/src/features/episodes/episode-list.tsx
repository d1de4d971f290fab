import type { Episode } from '@sotchart/contract';
import { useTranslation } from '../../i18n/translation';
import { ReviewNote } from '../../i18n/review-note';
import { BookCarePlanButton } from '../schedule/book-care-plan-button';
import { currentEpisode } from './current-episode';
import { EpisodeCard } from './episode-card';
import './episode-list.css';

/** A patient's episodes of care, newest first; open ones offer booking their care plan's visits. */
export function EpisodeList({
  episodes,
  patientName,
}: {
  readonly episodes: readonly Episode[];
  /** Given where visits may be booked from the list. */
  readonly patientName?: string;
}) {
  const { t } = useTranslation('episodes');
  if (episodes.length === 0) return <p className="muted">{t('list.empty')}</p>;
  const current = currentEpisode(episodes);
  const ordered = episodes.slice().sort((a, b) => b.startDate.localeCompare(a.startDate));
  return (
    <div className="stack">
      <ReviewNote namespaces={['episodes']} />
      {ordered.map((e) => (
        <EpisodeCard
          key={e.id}
          episode={e}
          current={e.id === current?.id}
          action={
            patientName === undefined || e.endDate !== null ? null : (
              <BookCarePlanButton patientId={e.patientId} patientName={patientName} episodeId={e.id} />
            )
          }
        />
      ))}
    </div>
  );
}
