import type { ReferralRecord } from '@sotchart/contract';
import { urgencies, type Urgency } from '@sotchart/engine';
import { formatDateTime } from '../../../ui/date-format';

export type ReferralMethod = ReferralRecord['method'];

/** Each urgency in words: its name and how soon the patient needs medical care (REFERENCE §7). */
export const urgencyWords: Readonly<Record<Urgency, { readonly label: string; readonly when: string }>> = {
  emergency: { label: 'Emergency', when: 'emergency department now' },
  urgent: { label: 'Urgent', when: 'medical assessment the same day' },
  prompt: { label: 'Prompt', when: 'medical assessment within days' },
};

/** The heading a red flag is shown under: an emergency says so in capitals, as the message does. */
export const urgencyHeadings: Readonly<Record<Urgency, string>> = {
  emergency: 'EMERGENCY',
  urgent: 'URGENT: refer for a medical assessment today',
  prompt: 'Refer: red flag present',
};

/** How a referral was made, in words. */
export const methodLabels: Readonly<Record<ReferralMethod, string>> = {
  emergency_services: 'emergency services',
  phone: 'phone',
  letter: 'letter',
  email: 'email',
  fax: 'fax',
  in_person: 'in person',
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
 * the practitioner records it, then "Referred to {to} ({method}) on {date}, {urgency}". The note never
 * says "referred" before a referral is recorded (REFERENCE §7).
 */
export function referralStatus(record: ReferralRecord | null, timeZone: string): string {
  if (record === null) return 'Referral recommended';
  return `Referred to ${record.to} (${methodLabels[record.method]}) on ${formatDateTime(record.at, timeZone)}, ${record.urgency}`;
}
