import type { ReferralRecord } from '@sotchart/contract';
import type { Urgency } from '@sotchart/engine';
import { dateInZone, printedDate } from '../../services/clinic-date';

/** Each urgency in plain words (REFERENCE §7): its name and what the patient needs, how soon. */
export const urgencyWords: Readonly<Record<Urgency, { readonly name: string; readonly meaning: string }>> = {
  emergency: { name: 'Emergency', meaning: 'emergency department now' },
  urgent: { name: 'Urgent', meaning: 'medical assessment the same day' },
  prompt: { name: 'Prompt', meaning: 'medical assessment within days' },
};

/** "Emergency — emergency department now". */
export const urgencyLine = (urgency: Urgency): string =>
  `${urgencyWords[urgency].name} — ${urgencyWords[urgency].meaning}`;

const methodWords: Readonly<Record<ReferralRecord['method'], string>> = {
  emergency_services: 'emergency services',
  phone: 'phone',
  letter: 'letter',
  email: 'email',
  fax: 'fax',
  in_person: 'in person',
};

/**
 * Where the referral stands, as the note prints it: "Referral recommended" until the practitioner has
 * recorded it, then "Referred to {to} ({method}) on {date}, {urgency}" — never "referred" before
 * (REFERENCE §7).
 */
export function referralStatus(recorded: ReferralRecord | null, timeZone: string): string {
  if (recorded === null) return 'Referral recommended; no referral recorded yet.';
  return `Referred to ${recorded.to} (${methodWords[recorded.method]}) on ${printedDate(dateInZone(recorded.at, timeZone))}, ${recorded.urgency}.`;
}
