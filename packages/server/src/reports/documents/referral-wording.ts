import type { ReferralRecord } from '@sotchart/contract';
import type { Urgency } from '@sotchart/engine';
import { dateInZone } from '../../services/clinic-date';
import type { DocumentLanguage } from '../document-language';

const urgencyKeys = {
  emergency: { name: 'urgency.emergency.name', meaning: 'urgency.emergency.meaning' },
  urgent: { name: 'urgency.urgent.name', meaning: 'urgency.urgent.meaning' },
  prompt: { name: 'urgency.prompt.name', meaning: 'urgency.prompt.meaning' },
} as const satisfies Readonly<Record<Urgency, { readonly name: string; readonly meaning: string }>>;

/** Each urgency in plain words (REFERENCE §7): its name and what the patient needs, how soon. */
export const urgencyWords = (
  urgency: Urgency,
  dl: DocumentLanguage,
): { readonly name: string; readonly meaning: string } => ({
  name: dl.t(urgencyKeys[urgency].name),
  meaning: dl.t(urgencyKeys[urgency].meaning),
});

/** "Emergency — emergency department now". */
export const urgencyLine = (urgency: Urgency, dl: DocumentLanguage): string =>
  dl.t('urgency.line', urgencyWords(urgency, dl));

const methodKeys = {
  emergency_services: 'referralMethod.emergencyServices',
  phone: 'referralMethod.phone',
  letter: 'referralMethod.letter',
  email: 'referralMethod.email',
  fax: 'referralMethod.fax',
  in_person: 'referralMethod.inPerson',
} as const satisfies Readonly<Record<ReferralRecord['method'], string>>;

/**
 * Where the referral stands, as the note prints it: "Referral recommended" until the practitioner has
 * recorded it, then "Referred to {to} ({method}) on {date}, {urgency}" — never "referred" before
 * (REFERENCE §7).
 */
export function referralStatus(
  recorded: ReferralRecord | null,
  timeZone: string,
  dl: DocumentLanguage,
): string {
  if (recorded === null) return dl.t('referral.recommended');
  return dl.t('referral.recorded', {
    to: recorded.to,
    method: dl.t(methodKeys[recorded.method]),
    date: dl.date(dateInZone(recorded.at, timeZone)),
    urgency: recorded.urgency,
  });
}
