import { useTranslation } from '../../i18n/translation';
import { Alert } from '../../ui/alert';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { Section } from '../../ui/section';
import { useScheduleSettings } from '../schedule/use-schedule-settings';
import { AppointmentTypeForm } from './appointment-type-form';
import { RoomForm } from './room-form';
import { WorkingHoursForm } from './working-hours-form';
import './schedule-settings.css';

/** The clinic's appointment types, rooms and each practitioner's working week (owners). */
export function ScheduleSettingsPage() {
  const { t } = useTranslation('admin');
  const settings = useScheduleSettings();
  return (
    <div className="stack">
      <PageTitle title={t('scheduleSettings.title')} />
      {settings.isPending ? <Loading /> : null}
      {settings.isError ? <Alert tone="danger">{settings.error.message}</Alert> : null}
      {settings.data === undefined ? null : (
        <>
          <Section title={t('scheduleSettings.types')}>
            <p className="muted">{t('scheduleSettings.typesHint')}</p>
            <div className="stack">
              {settings.data.appointmentTypes.map((type) => (
                <AppointmentTypeForm key={type.id} type={type} />
              ))}
              <h3>{t('scheduleSettings.addType')}</h3>
              <AppointmentTypeForm key={`new-${settings.data.appointmentTypes.length}`} />
            </div>
          </Section>
          <Section title={t('scheduleSettings.rooms')}>
            <div className="stack">
              {settings.data.rooms.map((r) => (
                <RoomForm key={r.id} room={r} />
              ))}
              <h3>{t('scheduleSettings.addRoom')}</h3>
              <RoomForm key={`new-${settings.data.rooms.length}`} />
            </div>
          </Section>
          <Section title={t('scheduleSettings.hours')}>
            <p className="muted">
              {t('scheduleSettings.hoursZone', { zone: settings.data.timeZone.replaceAll('_', ' ') })}
            </p>
            {settings.data.practitioners.length === 0 ? (
              <p className="muted">{t('scheduleSettings.noPractitioners')}</p>
            ) : null}
            <div className="stack">
              {settings.data.practitioners.map((p) => (
                <WorkingHoursForm key={p.id} practitioner={p} />
              ))}
            </div>
          </Section>
        </>
      )}
    </div>
  );
}
