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
 * The red-flag questions, in screen order.
 *
 * Source: REFERENCE §7; SOURCES §5.3.
 *
 * @example
 * redFlags[0]?.question; // 'Saddle anaesthesia, new bladder or bowel dysfunction, …?'
 */
export const redFlags: readonly (ScreenQuestion & { readonly id: RedFlagId })[] = [
  {
    id: 'rf_cauda_equina',
    name: 'Cauda equina',
    question:
      'Saddle anaesthesia, new bladder or bowel dysfunction, anal sphincter laxity, or severe or progressive leg weakness?',
  },
  {
    id: 'rf_fracture',
    name: 'Fracture',
    question: 'Major trauma, or minor trauma in an elderly or osteoporotic patient?',
  },
  {
    id: 'rf_tumour_or_infection',
    name: 'Tumour or infection',
    question:
      'History of cancer, unexplained weight loss, fever or chills, IV drug use, immunosuppression, night pain not eased by rest, or age over 50 with new pain?',
  },
  {
    id: 'rf_progressive_neuro_deficit',
    name: 'Progressive neurological deficit',
    question: 'Progressive or sudden neurological deficit?',
  },
  {
    id: 'rf_vascular',
    name: 'Vascular',
    question: 'Signs of cervical artery dissection, or a pulsatile abdominal mass?',
  },
];

/**
 * The referral message shown when a red flag is positive.
 *
 * Source: REFERENCE §1 step 1, §7.
 *
 * @example
 * referralMessage.startsWith('Red flag'); // true
 */
export const referralMessage =
  'Red flag present: refer for medical evaluation. No SOT procedure and no blocking plan at this visit.';
