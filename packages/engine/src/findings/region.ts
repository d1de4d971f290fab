import type { Segment } from './segment';

/**
 * The body regions of ICD-10-CM M99.00–M99.09 (segmental and somatic dysfunction), in code order:
 * M99.00 head … M99.09 abdomen.
 *
 * Source: REFERENCE §8.
 *
 * @example
 * regions[0]; // 'head' (M99.00)
 */
export const regions = [
  'head',
  'cervical',
  'thoracic',
  'lumbar',
  'sacral',
  'pelvic',
  'lower_extremity',
  'upper_extremity',
  'rib_cage',
  'abdomen',
] as const;

/**
 * One body region from {@link regions}.
 *
 * Source: REFERENCE §8.
 *
 * @example
 * const region: Region = 'pelvic';
 */
export type Region = (typeof regions)[number];

/**
 * The ICD-10 region a segment rolls up to. OC codes to `head` (M99.00) for ICD-10, even though CPT
 * counts the atlanto-occipital joint as cervical; the CPT count is the coding module's concern.
 * SA and CO are sacral, IL is pelvic.
 *
 * Source: REFERENCE §8.
 *
 * @example
 * regionOfSegment('OC'); // 'head'
 * regionOfSegment('IL'); // 'pelvic'
 */
export function regionOfSegment(segment: Segment): Region {
  if (segment === 'OC') return 'head';
  if (segment === 'SA' || segment === 'CO') return 'sacral';
  if (segment === 'IL') return 'pelvic';
  switch (segment[0]) {
    case 'C':
      return 'cervical';
    case 'T':
      return 'thoracic';
    case 'L':
      return 'lumbar';
    default:
      throw new Error(`segment ${segment} has no region`);
  }
}
