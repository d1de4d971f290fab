import type { AppointmentKind, AppointmentStage, OccurrenceProblem } from '@sotchart/contract';
import type { InstrumentId } from '@sotchart/engine';
import { i18n } from '../../i18n/translation';

/** The `schedule` message of each stage. */
export const stageKeys = {
  booked: 'stage.booked',
  arrived: 'stage.arrived',
  in_room: 'stage.inRoom',
  charted: 'stage.charted',
  signed: 'stage.signed',
  no_show: 'stage.noShow',
  cancelled: 'stage.cancelled',
} as const satisfies Record<AppointmentStage, string>;

/** The `schedule` message of each kind of appointment (use with `{ ns: 'schedule' }` elsewhere). */
export const kindKeys = {
  new_patient: 'kind.newPatient',
  follow_up: 'kind.followUp',
  re_exam: 'kind.reExam',
  other: 'kind.other',
} as const satisfies Record<AppointmentKind, string>;

/**
 * Each kind's name in the app's language, read when used (the `schedule` catalogue must be loaded:
 * a screen outside the book lists it in `useTranslation`).
 */
export const kindLabels: Readonly<Record<AppointmentKind, string>> = {
  get new_patient() {
    return i18n.t(kindKeys.new_patient, { ns: 'schedule' });
  },
  get follow_up() {
    return i18n.t(kindKeys.follow_up, { ns: 'schedule' });
  },
  get re_exam() {
    return i18n.t(kindKeys.re_exam, { ns: 'schedule' });
  },
  get other() {
    return i18n.t(kindKeys.other, { ns: 'schedule' });
  },
};

/** The `schedule` message of each problem a series preview finds with an occurrence. */
export const problemKeys = {
  slot_taken: 'problem.slotTaken',
  outside_hours: 'problem.outsideHours',
  in_the_past: 'problem.inThePast',
} as const satisfies Record<OccurrenceProblem, string>;

/** The `schedule` message of each instrument's short name, for what is due. */
export const instrumentKeys = {
  nprs: 'instrument.nprs',
  psfs: 'instrument.psfs',
  'bournemouth-back': 'instrument.bournemouthBack',
  'bournemouth-neck': 'instrument.bournemouthNeck',
  ndi: 'instrument.ndi',
  odi: 'instrument.odi',
} as const satisfies Record<InstrumentId, string>;

/** Stages that no longer hold their slot: drawn muted, and not moved by dragging. */
export const isReleased = (stage: AppointmentStage): boolean => stage === 'no_show' || stage === 'cancelled';
