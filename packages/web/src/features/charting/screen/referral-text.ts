import type { ReferralRecord } from '@sotchart/contract';
import { urgencies, type Urgency } from '@sotchart/engine';
import { i18n } from '../../../i18n/translation';
import { formatDateTime } from '../../../ui/date-format';

export type ReferralMethod = ReferralRecord['method'];

// Read at each use (never at module load): the language changes at run time.
const charting = () => i18n.getFixedT(null, 'charting');

// The words are read when shown (getters), so they follow the app's language as it changes.

/** Each urgency in words: its name and how soon the patient needs medical care (REFERENCE §7). */
export const urgencyWords: Readonly<Record<Urgency, { readonly label: string; readonly when: string }>> = {
  emergency: {
    get label() {
      return charting()('urgency.emergency.label');
    },
    get when() {
      return charting()('urgency.emergency.when');
    },
  },
  urgent: {
    get label() {
      return charting()('urgency.urgent.label');
    },
    get when() {
      return charting()('urgency.urgent.when');
    },
  },
  prompt: {
    get label() {
      return charting()('urgency.prompt.label');
    },
    get when() {
      return charting()('urgency.prompt.when');
    },
  },
};

/** The heading a red flag is shown under: an emergency says so in capitals, as the message does. */
export const urgencyHeadings: Readonly<Record<Urgency, string>> = {
  get emergency() {
    return charting()('urgency.emergency.heading');
  },
  get urgent() {
    return charting()('urgency.urgent.heading');
  },
  get prompt() {
    return charting()('urgency.prompt.heading');
  },
};

/** How a referral was made, in words. */
export const methodLabels: Readonly<Record<ReferralMethod, string>> = {
  get emergency_services() {
    return charting()('referral.method.emergencyServices');
  },
  get phone() {
    return charting()('referral.method.phone');
  },
  get letter() {
    return charting()('referral.method.letter');
  },
  get email() {
    return charting()('referral.method.email');
  },
  get fax() {
    return charting()('referral.method.fax');
  },
  get in_person() {
    return charting()('referral.method.inPerson');
  },
};

/** The methods, in the order the form offers them. */
export const referralMethods: readonly ReferralMethod[] = [
  'emergency_services',
  'phone',
  'in_person',
  'letter',
  'email',
  'fax',
];

/** The urgencies a practitioner may record under `advised`: the same or higher, most urgent first. */
export function urgenciesFrom(advised: Urgency): readonly Urgency[] {
  return urgencies.slice(0, urgencies.indexOf(advised) + 1);
}

/** True when `recorded` is less urgent than `advised` (the server refuses it). */
export function lessUrgent(recorded: Urgency, advised: Urgency): boolean {
  return urgencies.indexOf(recorded) > urgencies.indexOf(advised);
}

/**
 * Where the referral stands, in the words the screen and the note use: "Referral recommended" until
 * the practitioner records it, then "Referred to {to} ({method}) on {date}, {urgency}" (in the app's language). The note never
 * says "referred" before a referral is recorded (REFERENCE §7).
 */
export function referralStatus(record: ReferralRecord | null, timeZone: string): string {
  if (record === null) return charting()('referral.recommended');
  return charting()('referral.referred', {
    to: record.to,
    method: methodLabels[record.method],
    when: formatDateTime(record.at, timeZone),
    urgency: record.urgency,
  });
}
