import type { Appointment, AppointmentParticipant, CodeableConcept } from '@medplum/fhirtypes';
import type { AppointmentKind, Visit } from '@sotchart/contract';
import type { ExportAppointment } from './export-record';
import { refTo } from './fhir-id';
import { systems } from './fhir-systems';

/**
 * HL7 v2 Table 0276 (Appointment reason codes), the code system FHIR R4 binds
 * `Appointment.appointmentType` to (preferred, ValueSet v2-0276). A new patient's visit is a routine
 * booking (ROUTINE, "default if not valued"); a follow-up is FOLLOWUP; a re-examination is a
 * scheduled check of progress, so CHECKUP rather than another treatment visit. The type's own name
 * goes in `text`, so nothing the clinic calls it is lost.
 */
const v2AppointmentReason = 'http://terminology.hl7.org/CodeSystem/v2-0276';
const reasonCodes: Readonly<Record<AppointmentKind, { code: string; display: string }>> = {
  new_patient: { code: 'ROUTINE', display: 'Routine appointment - default if not valued' },
  follow_up: { code: 'FOLLOWUP', display: 'A follow up visit from a previous appointment' },
  re_exam: { code: 'CHECKUP', display: 'A routine check-up, such as an annual physical' },
  other: { code: 'ROUTINE', display: 'Routine appointment - default if not valued' },
};

/** An appointment's type as `Appointment.appointmentType` / `Slot.appointmentType`. */
export function appointmentTypeOf(a: Pick<ExportAppointment, 'kind' | 'typeName'>): CodeableConcept {
  const { code, display } = reasonCodes[a.kind];
  return {
    coding: [{ system: v2AppointmentReason, code, display }],
    ...(a.typeName === '' ? {} : { text: a.typeName }),
  };
}

/**
 * FHIR AppointmentStatus of where the appointment stands: once a visit is started from it, it is
 * charted or signed, which is `fulfilled` (the patient was seen); before that its own status, with
 * "in the room" as `checked-in` (FHIR: pre-encounter work done, the encounter may begin).
 */
function statusOf(a: ExportAppointment, visit: Visit | undefined): NonNullable<Appointment['status']> {
  if (visit !== undefined && a.status !== 'cancelled' && a.status !== 'no_show') return 'fulfilled';
  switch (a.status) {
    case 'booked':
      return 'booked';
    case 'arrived':
      return 'arrived';
    case 'in_room':
      return 'checked-in';
    case 'no_show':
      return 'noshow';
    case 'cancelled':
      return 'cancelled';
    default: {
      const never: never = a.status;
      throw new Error(`unknown appointment status ${String(never)}`);
    }
  }
}

/**
 * One appointment as a FHIR R4 Appointment: the patient, the practitioner (primary performer) and the
 * room (a Location by name: SOT Chart keeps no Location resources), its times, type and status (a
 * cancellation with its reason), and the episode of care it belongs to as supporting information
 * (R4's `basedOn` takes only a ServiceRequest).
 */
export function appointmentOf(a: ExportAppointment, visits: readonly Visit[]): Appointment {
  const status = statusOf(
    a,
    visits.find((v) => v.id === a.visitId),
  );
  const participant: AppointmentParticipant[] = [
    { actor: refTo('Patient', a.patientId), required: 'required', status: 'accepted' },
    {
      type: [
        { coding: [{ system: systems.v3ParticipationType, code: 'PPRF', display: 'primary performer' }] },
      ],
      actor: refTo('Practitioner', a.practitionerId),
      required: 'required',
      status: 'accepted',
    },
    ...(a.roomName === null
      ? []
      : [
          {
            actor: { type: 'Location' as const, display: a.roomName },
            required: 'required' as const,
            status: 'accepted' as const,
          },
        ]),
  ];
  return {
    resourceType: 'Appointment',
    id: a.id,
    status,
    ...(status === 'cancelled' && a.cancelReason !== null
      ? { cancelationReason: { text: a.cancelReason } }
      : {}),
    appointmentType: appointmentTypeOf(a),
    ...(a.episodeId === null ? {} : { supportingInformation: [refTo('EpisodeOfCare', a.episodeId)] }),
    start: a.startAt,
    end: a.endAt,
    minutesDuration: Math.round((Date.parse(a.endAt) - Date.parse(a.startAt)) / 60_000),
    created: a.createdAt,
    ...(a.note.trim() === '' ? {} : { comment: a.note }),
    participant,
  };
}
