import { timeOfDay, wallTimeInZone, type SeriesOccurrence } from '@sotchart/contract';
import { useState } from 'react';
import { useTranslation } from '../../i18n/translation';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { TextField } from '../../ui/text-field';
import { instrumentKeys, kindKeys, problemKeys } from './appointment-labels';
import { longDay, parseTime, shortDay } from './book-dates';

/** An exception of one occurrence: booked at another date and time. */
export interface SeriesMove {
  readonly date: string;
  readonly toDate: string;
  readonly toTime: string;
}

/**
 * The appointments a series would book, in the clinic's zone, each with its problems and the
 * questionnaires due at it; each one of the rule can be skipped or moved.
 */
export function SeriesOccurrences({
  occurrences,
  timeZone,
  skipped,
  onSkip,
  onRestore,
  onMove,
  onUnmove,
}: {
  readonly occurrences: readonly SeriesOccurrence[];
  readonly timeZone: string;
  readonly skipped: readonly string[];
  readonly onSkip: (ruleDate: string) => void;
  readonly onRestore: (ruleDate: string) => void;
  readonly onMove: (move: SeriesMove) => void;
  readonly onUnmove: (ruleDate: string) => void;
}) {
  const { t } = useTranslation('schedule');
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <div className="stack">
      <ol className="series-list" aria-label={t('occurrences.label')}>
        {occurrences.map((o, i) => {
          const wall = wallTimeInZone(o.startAt, timeZone);
          const moved = o.ruleDate !== null && o.ruleDate !== wall.date;
          const label = `${longDay(wall.date)} ${timeOfDay(wall.minutes)}`;
          return (
            <li key={`${o.ruleDate ?? 're-exam'}-${o.startAt}`} className="series-item" data-occurrence={i}>
              <div className="series-when">
                <strong>
                  <time dateTime={o.startAt}>{label}</time>
                </strong>{' '}
                {o.kind === 're_exam' ? <Badge tone="cat-3">{t(kindKeys.re_exam)}</Badge> : null}
                {moved && o.ruleDate !== null ? (
                  <span className="muted small">
                    {' '}
                    {t('occurrences.movedFrom', { day: shortDay(o.ruleDate) })}
                  </span>
                ) : null}
              </div>
              <div className="series-flags">
                {o.problems.map((p) => (
                  <Badge key={p} tone={p === 'outside_hours' ? 'warning' : 'danger'}>
                    {t(problemKeys[p])}
                  </Badge>
                ))}
                {o.dueQuestionnaires.map((q) => (
                  <Badge key={q} tone="neutral">
                    {t('occurrences.due', { instrument: t(instrumentKeys[q]) })}
                  </Badge>
                ))}
              </div>
              {o.ruleDate === null ? null : (
                <div className="row-actions">
                  <Button
                    onClick={() => onSkip(o.ruleDate ?? '')}
                    aria-label={t('occurrences.skipLabel', { label })}
                  >
                    {t('occurrences.skip')}
                  </Button>
                  {moved ? (
                    <Button
                      onClick={() => onUnmove(o.ruleDate ?? '')}
                      aria-label={t('occurrences.undoMoveLabel', { label })}
                    >
                      {t('occurrences.undoMove')}
                    </Button>
                  ) : (
                    <Button
                      onClick={() => setEditing(o.ruleDate)}
                      aria-label={t('occurrences.moveLabel', { label })}
                    >
                      {t('occurrences.move')}
                    </Button>
                  )}
                </div>
              )}
              {editing !== null && editing === o.ruleDate ? (
                <MoveOccurrence
                  date={wall.date}
                  time={timeOfDay(wall.minutes)}
                  onApply={(toDate, toTime) => {
                    setEditing(null);
                    onMove({ date: editing, toDate, toTime });
                  }}
                  onCancel={() => setEditing(null)}
                />
              ) : null}
            </li>
          );
        })}
      </ol>
      {skipped.length === 0 ? null : (
        <div className="series-skipped">
          <span className="muted">{t('occurrences.skipped')}</span>
          {skipped.map((d) => (
            <Button
              key={d}
              variant="link"
              onClick={() => onRestore(d)}
              aria-label={t('occurrences.restoreLabel', { day: longDay(d) })}
            >
              {t('occurrences.restore', { day: shortDay(d) })}
            </Button>
          ))}
        </div>
      )}
    </div>
  );
}

function MoveOccurrence({
  date,
  time,
  onApply,
  onCancel,
}: {
  readonly date: string;
  readonly time: string;
  readonly onApply: (toDate: string, toTime: string) => void;
  readonly onCancel: () => void;
}) {
  const { t } = useTranslation('schedule');
  const [toDate, setToDate] = useState(date);
  const [toTime, setToTime] = useState(time);
  const minutes = parseTime(toTime);
  return (
    <div className="series-move">
      <TextField label={t('occurrences.newDate')} type="date" value={toDate} onChange={setToDate} />
      <TextField
        label={t('occurrences.newTime')}
        value={toTime}
        onChange={setToTime}
        error={minutes === null ? t('form.timeInvalid') : undefined}
      />
      <div className="form-actions">
        <Button
          variant="primary"
          disabled={minutes === null}
          onClick={() => onApply(toDate, timeOfDay(minutes ?? 0))}
        >
          {t('occurrences.apply')}
        </Button>
        <Button variant="link" onClick={onCancel}>
          {t('form.cancel')}
        </Button>
      </div>
    </div>
  );
}
