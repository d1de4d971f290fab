import { z } from 'zod';
import type { SameShape } from '../exact-schema';
import type { Region } from '../findings/region';

/**
 * The ICD-10-CM "segmental and somatic dysfunction" codes, M99.00 (head) to M99.09 (abdomen and other).
 *
 * Source: clinical-notes §1.6; REFERENCE §8.
 *
 * @example
 * const code: M99Code = 'M99.03';
 */
export type M99Code =
  'M99.00' | 'M99.01' | 'M99.02' | 'M99.03' | 'M99.04' | 'M99.05' | 'M99.06' | 'M99.07' | 'M99.08' | 'M99.09';

/**
 * The schema of an {@link M99Code}.
 *
 * Source: clinical-notes §1.6.
 *
 * @example
 * M99CodeSchema.parse('M99.05');
 */
export const M99CodeSchema = z.enum([
  'M99.00',
  'M99.01',
  'M99.02',
  'M99.03',
  'M99.04',
  'M99.05',
  'M99.06',
  'M99.07',
  'M99.08',
  'M99.09',
]);
// The schema lists every code of the type: this stops compiling when they drift.
const _sameShape: SameShape<z.output<typeof M99CodeSchema>, M99Code> = true;

/**
 * Each region's M99.0x code (6th character = region) and the region name ICD-10-CM gives it, and
 * whether Medicare accepts it as the first diagnosis on a 98940–98942 claim (M99.00–M99.05 only).
 *
 * Source: clinical-notes §1.6 (code table; Stedi Medicare claim edit, Dec 2025).
 *
 * @example
 * m99ByRegion.pelvic; // { code: 'M99.05', regionName: 'Pelvic region', primaryForSpinalCmt: true }
 */
export const m99ByRegion: {
  readonly [R in Region]: {
    readonly code: M99Code;
    readonly regionName: string;
    readonly primaryForSpinalCmt: boolean;
  };
} = {
  head: { code: 'M99.00', regionName: 'Head region', primaryForSpinalCmt: true },
  cervical: { code: 'M99.01', regionName: 'Cervical region', primaryForSpinalCmt: true },
  thoracic: { code: 'M99.02', regionName: 'Thoracic region', primaryForSpinalCmt: true },
  lumbar: { code: 'M99.03', regionName: 'Lumbar region', primaryForSpinalCmt: true },
  sacral: { code: 'M99.04', regionName: 'Sacral region', primaryForSpinalCmt: true },
  pelvic: { code: 'M99.05', regionName: 'Pelvic region', primaryForSpinalCmt: true },
  lower_extremity: { code: 'M99.06', regionName: 'Lower extremity', primaryForSpinalCmt: false },
  upper_extremity: { code: 'M99.07', regionName: 'Upper extremity', primaryForSpinalCmt: false },
  rib_cage: { code: 'M99.08', regionName: 'Rib cage', primaryForSpinalCmt: false },
  abdomen: { code: 'M99.09', regionName: 'Abdomen and other regions', primaryForSpinalCmt: false },
};
