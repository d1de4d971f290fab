import type { Episode, TimelineEntry } from '@sotchart/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { i18n } from '../../i18n/translation';
import { useState } from 'react';
import { useTranslation } from '../../i18n/translation';
import { Link, useNavigate } from 'react-router';
import { queryKeys } from '../../api/query-keys';
import { visitsApi } from '../../api/visits-api';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { formatCalendarDate } from '../../ui/date-format';
import { Dialog } from '../../ui/dialog';
import { RadioGroup, type RadioOption } from '../../ui/radio-group';
import { openEpisodes } from '../episodes/open-episodes';
import { todaysDraft } from './todays-draft';

export interface NewVisitButtonProps {
  readonly patientId: string;
  /** The patient's timeline, newest first; undefined until it has loaded. */
  readonly entries: readonly TimelineEntry[] | undefined;
  /** The patient's episodes of care; undefined until they have loaded. */
  readonly episodes: readonly Episode[] | undefined;
  readonly timeZone: string;
}

/** The episode choice's value for a visit outside any episode. */
const noEpisode = 'none';

function episodeOption(episode: Episode): RadioOption<string> {
  return {
    value: episode.id,
    label: episode.complaint,
    userData: true,
    description: i18n.t('newVisit.episodeStarted', {
      ns: 'patients',
      date: formatCalendarDate(episode.startDate),
      phase: episode.phase,
    }),
  };
}

/**
 * Starts a visit from the patient's page. When the patient already has a draft dated today it offers
 * that draft first ("Continue today's draft") and a second visit only on request. A new visit joins
 * the patient's one open episode of care; with several open, the practitioner picks one (or none).
 */
export function NewVisitButton({ patientId, entries, episodes, timeZone }: NewVisitButtonProps) {
  const { t } = useTranslation(['patients', 'common']);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [choosing, setChoosing] = useState(false);
  const [choice, setChoice] = useState<string>(noEpisode);
  const open = openEpisodes(episodes ?? []);
  const create = useMutation({
    mutationFn: (episodeId: string | null) =>
      visitsApi.createVisit(patientId, {
        visitAt: new Date().toISOString(),
        // A patient's first visit is a new-patient visit; later ones are follow-ups.
        type: entries?.length === 0 ? 'new_patient' : 'follow_up',
        episodeId,
        chiefComplaint: '',
      }),
    onSuccess: async (visit) => {
      queryClient.setQueryData(queryKeys.visit(visit.id), visit);
      await queryClient.invalidateQueries({ queryKey: queryKeys.timeline(patientId) });
      await navigate(`/patients/${patientId}/visits/${visit.id}`);
    },
  });

  const start = () => {
    if (open.length > 1) {
      setChoice(open[0]?.id ?? noEpisode);
      setChoosing(true);
    } else {
      create.mutate(open[0]?.id ?? null);
    }
  };

  // Until the timeline and episodes are in, whether there is a draft today, or which episode a visit
  // joins, is unknown: the button waits rather than guessing.
  const ready = entries !== undefined && episodes !== undefined;
  const draft = entries === undefined ? undefined : todaysDraft(entries, timeZone);
  return (
    <>
      {draft === undefined ? (
        <Button variant="primary" disabled={!ready} busy={create.isPending && !choosing} onClick={start}>
          {t('newVisit.button')}
        </Button>
      ) : (
        <>
          <Link className="button button-primary" to={`/patients/${patientId}/visits/${draft.visitId}`}>
            {t('newVisit.continueDraft')}
          </Link>
          <Button busy={create.isPending && !choosing} onClick={start}>
            {t('newVisit.another')}
          </Button>
        </>
      )}
      {create.isError && !choosing ? <Alert tone="danger">{create.error.message}</Alert> : null}
      <Dialog open={choosing} title={t('newVisit.whichEpisode')} onClose={() => setChoosing(false)}>
        <RadioGroup
          legend={t('newVisit.episodeLegend')}
          value={choice}
          options={[
            ...open.map(episodeOption),
            {
              value: noEpisode,
              label: t('newVisit.noEpisode'),
              description: t('newVisit.noEpisodeDescription'),
            },
          ]}
          onChange={setChoice}
        />
        {create.isError ? <Alert tone="danger">{create.error.message}</Alert> : null}
        <div className="form-actions">
          <Button
            variant="primary"
            busy={create.isPending}
            onClick={() => create.mutate(choice === noEpisode ? null : choice)}
          >
            {t('newVisit.start')}
          </Button>
          <Button onClick={() => setChoosing(false)}>{t('cancel', { ns: 'common' })}</Button>
        </div>
      </Dialog>
    </>
  );
}
