import type { Segment } from '../findings/segment';

/**
 * The five spinal regions CPT counts for chiropractic manipulative treatment (CMT).
 *
 * Source: clinical-notes §1.5 (CPT definition of the 5 spinal regions); REFERENCE §8.
 *
 * @example
 * cptSpinalRegions.length; // 5
 */
export const cptSpinalRegions = ['cervical', 'thoracic', 'lumbar', 'sacral', 'pelvic'] as const;

/**
 * One of {@link cptSpinalRegions}.
 *
 * Source: clinical-notes §1.5.
 *
 * @example
 * const region: CptSpinalRegion = 'pelvic';
 */
export type CptSpinalRegion = (typeof cptSpinalRegions)[number];

/**
 * The five extraspinal regions CPT counts for 98943, named as the ICD-10 regions M99.00 and
 * M99.06–M99.09. The head region excludes the atlanto-occipital joint, which is cervical.
 *
 * Source: clinical-notes §1.5 (5 extraspinal regions); REFERENCE §8 (cranial work is head).
 *
 * @example
 * extraspinalRegions.includes('head'); // true
 */
export const extraspinalRegions = [
  'head',
  'lower_extremity',
  'upper_extremity',
  'rib_cage',
  'abdomen',
] as const;

/**
 * One of {@link extraspinalRegions}.
 *
 * Source: clinical-notes §1.5.
 *
 * @example
 * const region: ExtraspinalRegion = 'upper_extremity';
 */
export type ExtraspinalRegion = (typeof extraspinalRegions)[number];

/**
 * The CPT spinal region of an adjusted segment. Unlike ICD-10 (where OC codes to head, M99.00),
 * CPT counts the atlanto-occipital joint as cervical; SA and CO are sacral, IL is pelvic.
 *
 * Source: REFERENCE §8 ("OC, whose atlanto-occipital joint CPT counts as cervical"); clinical-notes §1.5.
 *
 * @example
 * cptSpinalRegionOfSegment('OC'); // 'cervical'
 * cptSpinalRegionOfSegment('CO'); // 'sacral'
 */
export function cptSpinalRegionOfSegment(segment: Segment): CptSpinalRegion {
  if (segment === 'OC') return 'cervical';
  if (segment === 'SA' || segment === 'CO') return 'sacral';
  if (segment === 'IL') return 'pelvic';
  switch (segment.charAt(0)) {
    case 'C':
      return 'cervical';
    case 'T':
      return 'thoracic';
    case 'L':
      return 'lumbar';
    default:
      throw new Error(`segment ${segment} has no CPT spinal region`);
  }
}
