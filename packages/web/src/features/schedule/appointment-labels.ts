import type { AppointmentKind, AppointmentStage, OccurrenceProblem } from '@sotchart/contract';

export const stageLabels: Readonly<Record<AppointmentStage, string>> = {
  booked: 'Booked',
  arrived: 'Arrived',
  in_room: 'In room',
  charted: 'Charted',
  signed: 'Signed',
  no_show: 'No-show',
  cancelled: 'Cancelled',
};

export const kindLabels: Readonly<Record<AppointmentKind, string>> = {
  new_patient: 'New patient',
  follow_up: 'Follow-up',
  re_exam: 'Re-examination',
  other: 'Other',
};

export const problemLabels: Readonly<Record<OccurrenceProblem, string>> = {
  slot_taken: 'Slot taken',
  outside_hours: 'Outside working hours',
  in_the_past: 'In the past',
};

/** Stages that no longer hold their slot: drawn muted, and not moved by dragging. */
export const isReleased = (stage: AppointmentStage): boolean => stage === 'no_show' || stage === 'cancelled';
