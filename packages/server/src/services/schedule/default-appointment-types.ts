import type { CreateAppointmentType } from '@sotchart/contract';

/**
 * The appointment types a clinic starts with; it renames, re-times or adds to them in its settings.
 * Lengths are a common chiropractic day's: an hour for a new patient's history and examination, a
 * short follow-up, half an hour for a re-examination.
 */
export const defaultAppointmentTypes: readonly CreateAppointmentType[] = [
  { name: 'New patient', kind: 'new_patient', minutes: 60, allowDoubleBooking: false, active: true },
  { name: 'Follow-up', kind: 'follow_up', minutes: 15, allowDoubleBooking: false, active: true },
  { name: 'Re-examination', kind: 're_exam', minutes: 30, allowDoubleBooking: false, active: true },
];
