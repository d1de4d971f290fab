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
  const settings = useScheduleSettings();
  return (
    <div className="stack">
      <PageTitle title="Schedule settings" />
      {settings.isPending ? <Loading /> : null}
      {settings.isError ? <Alert tone="danger">{settings.error.message}</Alert> : null}
      {settings.data === undefined ? null : (
        <>
          <Section title="Appointment types">
            <p className="muted">New appointments get the type’s length unless another end is given.</p>
            <div className="stack">
              {settings.data.appointmentTypes.map((t) => (
                <AppointmentTypeForm key={t.id} type={t} />
              ))}
              <h3>Add a type</h3>
              <AppointmentTypeForm key={`new-${settings.data.appointmentTypes.length}`} />
            </div>
          </Section>
          <Section title="Rooms and tables">
            <div className="stack">
              {settings.data.rooms.map((r) => (
                <RoomForm key={r.id} room={r} />
              ))}
              <h3>Add a room</h3>
              <RoomForm key={`new-${settings.data.rooms.length}`} />
            </div>
          </Section>
          <Section title="Working hours">
            <p className="muted">Times are the clinic’s ({settings.data.timeZone.replaceAll('_', ' ')}).</p>
            {settings.data.practitioners.length === 0 ? <p className="muted">No practitioners yet.</p> : null}
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
