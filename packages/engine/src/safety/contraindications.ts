import type { ScreenQuestion } from './red-flags';

/**
 * The relative contraindication ids. A positive one returns the plan with its warning and needs an
 * override reason before the visit can be signed.
 *
 * Source: REFERENCE §7; SOURCES §5.3.
 *
 * @example
 * contraindicationIds.includes('ci_pregnancy'); // true
 */
export const contraindicationIds = [
  'ci_osteoporosis_or_bone_metastases',
  'ci_hip_arthroplasty_or_acute_hip',
  'ci_pregnancy',
  'ci_anticoagulation_or_bleeding',
  'ci_inflammatory_instability',
  'ci_cannot_lie_prone_or_supine',
  'ci_skin_lesion_at_block_site',
] as const;

/**
 * One contraindication id from {@link contraindicationIds}.
 *
 * Source: REFERENCE §7.
 *
 * @example
 * const id: ContraindicationId = 'ci_pregnancy';
 */
export type ContraindicationId = (typeof contraindicationIds)[number];

/**
 * The contraindication questions and the warning each puts on a blocking plan.
 *
 * Source: REFERENCE §7 (with the reason in brackets there); SOURCES §5.3.
 *
 * @example
 * contraindications.find((c) => c.id === 'ci_pregnancy')?.warning;
 */
export const contraindications: readonly (ScreenQuestion & {
  readonly id: ContraindicationId;
  readonly warning: string;
})[] = [
  {
    id: 'ci_osteoporosis_or_bone_metastases',
    name: 'Osteoporosis or bone metastases',
    question: 'Osteoporosis or bone metastases?',
    warning: 'Osteoporosis or bone metastases: block pressure over bone. Record why blocking is safe today.',
  },
  {
    id: 'ci_hip_arthroplasty_or_acute_hip',
    name: 'Hip arthroplasty or acute hip',
    question: 'Hip arthroplasty or acute hip pathology?',
    warning: 'Hip arthroplasty or acute hip: block pressure at the hip. Record why blocking is safe today.',
  },
  {
    id: 'ci_pregnancy',
    name: 'Pregnancy',
    question: 'Is the patient pregnant?',
    warning: 'Pregnancy: {position} positioning on the blocks. Record how the position is adapted.',
  },
  {
    id: 'ci_anticoagulation_or_bleeding',
    name: 'Anticoagulation or bleeding disorder',
    question: 'Anticoagulation or a bleeding disorder?',
    warning:
      'Anticoagulation or bleeding disorder: bruising under block pressure. Record why blocking is safe today.',
  },
  {
    id: 'ci_inflammatory_instability',
    name: 'Inflammatory arthritis or instability',
    question: 'Inflammatory arthritis or structural instability (e.g. active RA, atlanto-axial instability)?',
    warning:
      'Inflammatory arthritis or instability: load on an unstable joint. Record why blocking is safe today.',
  },
  {
    id: 'ci_cannot_lie_prone_or_supine',
    name: 'Cannot lie prone or supine',
    question: 'Is the patient unable to lie prone or supine?',
    warning:
      'The patient cannot lie prone or supine: the blocking position may not be possible. Record the adaptation.',
  },
  {
    id: 'ci_skin_lesion_at_block_site',
    name: 'Skin lesion at a block site',
    question: 'A skin lesion where a block would rest?',
    warning: 'Skin lesion at a block site: move or pad the contact. Record the adaptation.',
  },
];
