import { z } from 'zod';
import type { SameShape } from '../exact-schema';

/**
 * The red-flag screen ids. A positive answer to any of them stops the visit: refer, no plan.
 *
 * Source: REFERENCE §7; SOURCES §5.3 (AHCPR low back pain red flags).
 *
 * @example
 * redFlagIds.includes('rf_cauda_equina'); // true
 */
export const redFlagIds = [
  'rf_cauda_equina',
  'rf_fracture',
  'rf_tumour_or_infection',
  'rf_progressive_neuro_deficit',
  'rf_vascular',
] as const;

/**
 * One red-flag id from {@link redFlagIds}.
 *
 * Source: REFERENCE §7.
 *
 * @example
 * const id: RedFlagId = 'rf_fracture';
 */
export type RedFlagId = (typeof redFlagIds)[number];

/**
 * A screen item as the web app asks it: the practitioner answers the question (age, history and the
 * like are part of the question, not computed by the engine).
 *
 * Source: REFERENCE §7.
 *
 * @example
 * const item: ScreenQuestion = { id: 'rf_fracture', name: 'Fracture', question: 'Major trauma …?' };
 */
export interface ScreenQuestion {
  readonly id: string;
  readonly name: string;
  readonly question: string;
}

/**
 * How soon a red flag needs medical care, most urgent first: `emergency` (emergency department now),
 * `urgent` (medical assessment the same day), `prompt` (medical assessment within days).
 *
 * Source: REFERENCE §7.
 *
 * @example
 * const u: Urgency = 'emergency';
 */
export type Urgency = 'emergency' | 'urgent' | 'prompt';

/**
 * Every {@link Urgency}, most urgent first; a lower index is more urgent.
 *
 * Source: REFERENCE §7.
 *
 * @example
 * urgencies.indexOf('emergency') < urgencies.indexOf('prompt'); // true
 */
export const urgencies = ['emergency', 'urgent', 'prompt'] as const satisfies readonly Urgency[];

/**
 * The schema of an {@link Urgency}.
 *
 * Source: REFERENCE §7.
 *
 * @example
 * UrgencySchema.parse('urgent');
 */
export const UrgencySchema = z.enum(urgencies);
// `urgencies` lists every Urgency: this stops compiling when one is added to the type alone.
const _sameShape: SameShape<z.output<typeof UrgencySchema>, Urgency> = true;

/**
 * The more urgent of two urgencies.
 *
 * Source: REFERENCE §7 ("with several flags the most urgent one sets the message").
 *
 * @example
 * moreUrgent('prompt', 'urgent'); // 'urgent'
 */
export function moreUrgent(a: Urgency, b: Urgency): Urgency {
  return urgencies.indexOf(a) <= urgencies.indexOf(b) ? a : b;
}

/**
 * The red-flag questions, in screen order.
 *
 * Source: REFERENCE §7; SOURCES §5.3.
 *
 * @example
 * redFlags[0]?.question; // 'Saddle anaesthesia, new bladder or bowel dysfunction, …?'
 */
export const redFlags: readonly (ScreenQuestion & { readonly id: RedFlagId; readonly urgency: Urgency })[] = [
  {
    id: 'rf_cauda_equina',
    urgency: 'emergency',
    name: 'Cauda equina',
    question:
      'Saddle anaesthesia, new bladder or bowel dysfunction, anal sphincter laxity, or severe or progressive leg weakness?',
  },
  {
    id: 'rf_fracture',
    urgency: 'urgent',
    name: 'Fracture',
    question: 'Major trauma, or minor trauma in an elderly or osteoporotic patient?',
  },
  {
    id: 'rf_tumour_or_infection',
    urgency: 'prompt',
    name: 'Tumour or infection',
    question:
      'History of cancer, unexplained weight loss, fever or chills, IV drug use, immunosuppression, night pain not eased by rest, or age over 50 with new pain?',
  },
  {
    id: 'rf_progressive_neuro_deficit',
    urgency: 'urgent',
    name: 'Progressive neurological deficit',
    question: 'Progressive or sudden neurological deficit?',
  },
  {
    id: 'rf_vascular',
    urgency: 'emergency',
    name: 'Vascular',
    question: 'Signs of cervical artery dissection, or a pulsatile abdominal mass?',
  },
];

/**
 * The referral message for each urgency, in plain words. It recommends the referral; the referral
 * itself is the practitioner's record, so the message never says the patient was referred.
 *
 * Source: REFERENCE §1 step 1, §7.
 *
 * @example
 * referralMessages.emergency.startsWith('EMERGENCY'); // true
 */
export const referralMessages: Readonly<Record<Urgency, string>> = {
  emergency:
    'EMERGENCY: red flag present. Send the patient to an emergency department now (call emergency services if needed). Referral recommended. No SOT procedure, blocking, CMRT or home care at this visit.',
  urgent:
    'URGENT: red flag present. The patient needs a medical assessment the same day. Referral recommended. No SOT procedure, blocking, CMRT or home care at this visit.',
  prompt:
    'Red flag present: the patient needs a medical assessment within days. Referral recommended. No SOT procedure, blocking, CMRT or home care at this visit.',
};
