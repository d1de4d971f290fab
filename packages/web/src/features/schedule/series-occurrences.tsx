import { timeOfDay, wallTimeInZone, type SeriesOccurrence } from '@sotchart/contract';
import { useState } from 'react';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { TextField } from '../../ui/text-field';
import { instrumentShortNames } from '../outcomes/instrument-labels';
import { kindLabels, problemLabels } from './appointment-labels';
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
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <div className="stack">
      <ol className="series-list" aria-label="Appointments of the series">
        {occurrences.map((o, i) => {
          const wall = wallTimeInZone(o.startAt, timeZone);
          const moved = o.ruleDate !== null && o.ruleDate !== wall.date;
          const label = `${longDay(wall.date)} ${timeOfDay(wall.minutes)}`;
          return (
            <li key={`${o.ruleDate ?? 're-exam'}-${o.startAt}`} className="series-item" data-occurrence={i}>
              <div className="series-when">
                <strong>{label}</strong>{' '}
                {o.kind === 're_exam' ? <Badge tone="cat-3">{kindLabels.re_exam}</Badge> : null}
                {moved && o.ruleDate !== null ? (
                  <span className="muted small"> moved from {shortDay(o.ruleDate)}</span>
                ) : null}
              </div>
              <div className="series-flags">
                {o.problems.map((p) => (
                  <Badge key={p} tone={p === 'outside_hours' ? 'warning' : 'danger'}>
                    {problemLabels[p]}
                  </Badge>
                ))}
                {o.dueQuestionnaires.map((q) => (
                  <Badge key={q} tone="neutral">
                    {instrumentShortNames[q]} due
                  </Badge>
                ))}
              </div>
              {o.ruleDate === null ? null : (
                <div className="row-actions">
                  <Button onClick={() => onSkip(o.ruleDate ?? '')} aria-label={`Skip ${label}`}>
                    Skip
                  </Button>
                  {moved ? (
                    <Button onClick={() => onUnmove(o.ruleDate ?? '')} aria-label={`Undo move of ${label}`}>
                      Undo move
                    </Button>
                  ) : (
                    <Button onClick={() => setEditing(o.ruleDate)} aria-label={`Move ${label}`}>
                      Move…
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
          <span className="muted">Skipped:</span>
          {skipped.map((d) => (
            <Button key={d} variant="link" onClick={() => onRestore(d)} aria-label={`Restore ${longDay(d)}`}>
              {shortDay(d)} (restore)
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
  const [toDate, setToDate] = useState(date);
  const [toTime, setToTime] = useState(time);
  const minutes = parseTime(toTime);
  return (
    <div className="series-move">
      <TextField label="New date" type="date" value={toDate} onChange={setToDate} />
      <TextField
        label="New time"
        value={toTime}
        onChange={setToTime}
        error={minutes === null ? 'must be a time as HH:MM' : undefined}
      />
      <div className="form-actions">
        <Button
          variant="primary"
          disabled={minutes === null}
          onClick={() => onApply(toDate, timeOfDay(minutes ?? 0))}
        >
          Apply
        </Button>
        <Button variant="link" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
