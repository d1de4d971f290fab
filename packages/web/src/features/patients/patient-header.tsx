import type { Episode, Patient, TimelineEntry } from '@sotchart/contract';
import { useTranslation } from '../../i18n/translation';
import { Badge } from '../../ui/badge';
import { formatCalendarDate, formatInstantDate, yearsBetween } from '../../ui/date-format';
import { Embed, embedMark } from '../../ui/embed';
import { CategoryBadge } from '../timeline/category-badge';
import { sexLabel } from './patient-name';

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
  const { t } = useTranslation('patients');
  const last = clinical?.lastVisit;
  return (
    <dl className="facts header-facts">
      <div>
        <dt>{t('patientHeader.age')}</dt>
        <dd>{yearsBetween(patient.dateOfBirth, today)}</dd>
      </div>
      <div>
        <dt>{t('patientHeader.born')}</dt>
        <dd>
          <time dateTime={patient.dateOfBirth}>{formatCalendarDate(patient.dateOfBirth)}</time>
        </dd>
      </div>
      <div>
        <dt>{t('patientHeader.sex')}</dt>
        <dd>{sexLabel(patient.sex)}</dd>
      </div>
      <div>
        <dt>{t('patientHeader.chartNumber')}</dt>
        <dd translate="no">{patient.chartNumber}</dd>
      </div>
      {patient.nameReading === null || patient.nameReading === '' ? null : (
        <div>
          <dt>{t('patientHeader.nameReading')}</dt>
          <dd translate="no">{patient.nameReading}</dd>
        </div>
      )}
      {patient.archived ? (
        <div>
          <dt>{t('patientHeader.status')}</dt>
          <dd>
            <Badge tone="warning">{t('archived')}</Badge>
          </dd>
        </div>
      ) : null}
      {clinical === undefined ? null : (
        <>
          <div>
            <dt>{t('patientHeader.currentEpisode')}</dt>
            <dd>
              {clinical.episode === undefined ? (
                t('patientHeader.noEpisode')
              ) : (
                <Embed
                  text={t('patientHeader.episode', { complaint: embedMark, phase: clinical.episode.phase })}
                >
                  <span translate="no">{clinical.episode.complaint}</span>
                </Embed>
              )}
            </dd>
          </div>
          <div>
            <dt>{t('patientHeader.lastCategory')}</dt>
            <dd>
              {last?.clinical === undefined ? (
                t('patientHeader.noVisits')
              ) : (
                <>
                  <CategoryBadge category={last.clinical.category} side={last.clinical.side} />{' '}
                  <time className="muted" dateTime={last.visitAt}>
                    {formatInstantDate(last.visitAt, clinical.timeZone)}
                  </time>
                </>
              )}
            </dd>
          </div>
        </>
      )}
    </dl>
  );
}
