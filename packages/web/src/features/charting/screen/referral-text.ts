import type { ReferralRecord } from '@sotchart/contract';
import { urgencies, type Urgency } from '@sotchart/engine';
import type { MessageKey, TFunction } from '@sotchart/i18n';
import { i18n } from '../../../i18n/translation';
import { formatDateTime } from '../../../ui/date-format';

export type ReferralMethod = ReferralRecord['method'];

// Read at each use (never at module load): the language changes at run time.
const charting = (): TFunction<'charting'> => i18n.getFixedT(null, 'charting');

const urgencyKeys = {
  emergency: {
    label: 'urgency.emergency.label',
    when: 'urgency.emergency.when',
    heading: 'urgency.emergency.heading',
  },
  urgent: { label: 'urgency.urgent.label', when: 'urgency.urgent.when', heading: 'urgency.urgent.heading' },
  prompt: { label: 'urgency.prompt.label', when: 'urgency.prompt.when', heading: 'urgency.prompt.heading' },
} as const satisfies Record<Urgency, Record<'label' | 'when' | 'heading', MessageKey<'charting'>>>;

const methodKeys = {
  emergency_services: 'referral.method.emergencyServices',
  phone: 'referral.method.phone',
  letter: 'referral.method.letter',
  email: 'referral.method.email',
  fax: 'referral.method.fax',
  in_person: 'referral.method.inPerson',
} as const satisfies Record<ReferralMethod, MessageKey<'charting'>>;

/**
 * An urgency in words: its name, how soon the patient needs medical care (REFERENCE §7), and the
 * heading a red flag is shown under (an emergency says so in capitals, as the message does); in the
 * app's language, or in `t`'s (a note written in the record's language).
 */
export function urgencyText(
  urgency: Urgency,
  t: TFunction<'charting'> = charting(),
): { readonly label: string; readonly when: string; readonly heading: string } {
  const keys = urgencyKeys[urgency];
  return { label: t(keys.label), when: t(keys.when), heading: t(keys.heading) };
}

/** How a referral was made, in words. */
export function methodLabel(method: ReferralMethod, t: TFunction<'charting'> = charting()): string {
  return t(methodKeys[method]);
}

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
 * the practitioner records it, then "Referred to {to} ({method}) on {date}, {urgency}", in the app's
 * language or `t`'s. The note never says "referred" before a referral is recorded (REFERENCE §7).
 */
export function referralStatus(
  record: ReferralRecord | null,
  timeZone: string,
  t: TFunction<'charting'> = charting(),
  locale?: string,
): string {
  if (record === null) return t('referral.recommended');
  return t('referral.referred', {
    to: record.to,
    method: methodLabel(record.method, t),
    when: formatDateTime(record.at, timeZone, locale),
    urgency: record.urgency,
  });
}
