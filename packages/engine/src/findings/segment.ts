/**
 * Every spinal and pelvic segment SOT Chart records, head to tail: the occiput (OC), C1–C7, T1–T12,
 * L1–L5, sacrum (SA), ilium (IL) and coccyx (CO).
 *
 * Source: REFERENCE §2 (finding `site.level`) and §6 (adjustments by segment).
 *
 * @example
 * segments.includes('L5'); // true
 */
export const segments = [
  'OC',
  'C1',
  'C2',
  'C3',
  'C4',
  'C5',
  'C6',
  'C7',
  'T1',
  'T2',
  'T3',
  'T4',
  'T5',
  'T6',
  'T7',
  'T8',
  'T9',
  'T10',
  'T11',
  'T12',
  'L1',
  'L2',
  'L3',
  'L4',
  'L5',
  'SA',
  'IL',
  'CO',
] as const;

/**
 * One segment id from {@link segments}.
 *
 * Source: REFERENCE §2.
 *
 * @example
 * const level: Segment = 'T5';
 */
export type Segment = (typeof segments)[number];

/**
 * Narrows any value to a {@link Segment}.
 *
 * Source: REFERENCE §2.
 *
 * @example
 * isSegment('C1'); // true
 * isSegment('C8'); // false
 */
export function isSegment(value: unknown): value is Segment {
  return typeof value === 'string' && (segments as readonly string[]).includes(value);
}
