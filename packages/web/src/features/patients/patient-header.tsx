import type { Episode, Patient, TimelineEntry } from '@sotchart/contract';
import { Badge } from '../../ui/badge';
import { formatCalendarDate, formatInstantDate, yearsBetween } from '../../ui/date-format';
import { CategoryBadge } from '../timeline/category-badge';
import { sexLabels } from './patient-name';

export interface PatientHeaderProps {
  readonly patient: Patient;
  readonly today: string;
  /** Only for roles with clinical access; undefined hides the clinical facts. */
  readonly clinical?: {
    readonly episode: Episode | undefined;
    readonly lastVisit: TimelineEntry | undefined;
    readonly timeZone: string;
  };
}

/** Who the patient is at a glance: name, age, chart number; for clinicians the episode and last category. */
export function PatientHeader({ patient, today, clinical }: PatientHeaderProps) {
  const last = clinical?.lastVisit;
  return (
    <dl className="facts header-facts">
      <div>
        <dt>Age</dt>
        <dd>{yearsBetween(patient.dateOfBirth, today)}</dd>
      </div>
      <div>
        <dt>Born</dt>
        <dd>{formatCalendarDate(patient.dateOfBirth)}</dd>
      </div>
      <div>
        <dt>Sex</dt>
        <dd>{sexLabels[patient.sex]}</dd>
      </div>
      <div>
        <dt>Chart number</dt>
        <dd>{patient.chartNumber}</dd>
      </div>
      {patient.archived ? (
        <div>
          <dt>Status</dt>
          <dd>
            <Badge tone="warning">Archived</Badge>
          </dd>
        </div>
      ) : null}
      {clinical === undefined ? null : (
        <>
          <div>
            <dt>Current episode</dt>
            <dd>
              {clinical.episode === undefined
                ? 'None open'
                : `${clinical.episode.complaint} (${clinical.episode.phase === 'active' ? 'active care' : 'maintenance'})`}
            </dd>
          </div>
          <div>
            <dt>Last category</dt>
            <dd>
              {last?.clinical === undefined ? (
                'No visits yet'
              ) : (
                <>
                  <CategoryBadge category={last.clinical.category} side={last.clinical.side} />{' '}
                  <span className="muted">{formatInstantDate(last.visitAt, clinical.timeZone)}</span>
                </>
              )}
            </dd>
          </div>
        </>
      )}
    </dl>
  );
}
