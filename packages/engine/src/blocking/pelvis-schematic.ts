import { z } from 'zod';
import { exactSchema } from '../exact-schema';

/**
 * A landmark on the normalised pelvis outline: `x`, `y` in a 0..1 box, `y` growing footward. In the
 * prone view (seen from behind) the patient's left is on the left of the box; in the supine view
 * (seen from the front) it is on the right.
 *
 * Source: REFERENCE §4 (schematic landmarks ASIS, iliac crest, trochanter/acetabulum, PSIS, sacrum).
 *
 * @example
 * const point: SchematicLandmark = { id: 'asis', side: 'L', x: 0.16, y: 0.38 };
 */
export interface SchematicLandmark {
  readonly id: 'iliac_crest' | 'asis' | 'psis' | 'acetabulum' | 'trochanter' | 'sacrum';
  readonly side: 'L' | 'R' | null;
  readonly x: number;
  readonly y: number;
}

/**
 * The schema of a {@link SchematicLandmark}.
 *
 * Source: REFERENCE §4.
 *
 * @example
 * SchematicLandmarkSchema.parse({ id: 'asis', side: 'L', x: 0.16, y: 0.38 });
 */
export const SchematicLandmarkSchema = exactSchema<SchematicLandmark>()(
  z.object({
    id: z.enum(['iliac_crest', 'asis', 'psis', 'acetabulum', 'trochanter', 'sacrum']),
    side: z.enum(['L', 'R']).nullable(),
    x: z.number().min(0).max(1),
    y: z.number().min(0).max(1),
  }),
);

// Positions of the patient's left-side landmarks as seen from behind; the right side mirrors them.
const leftProne: readonly Omit<SchematicLandmark, 'side'>[] = [
  { id: 'iliac_crest', x: 0.2, y: 0.2 },
  { id: 'asis', x: 0.16, y: 0.38 },
  { id: 'psis', x: 0.4, y: 0.36 },
  { id: 'acetabulum', x: 0.3, y: 0.62 },
  { id: 'trochanter', x: 0.1, y: 0.7 },
];

function build(view: 'prone' | 'supine'): readonly SchematicLandmark[] {
  const mirror = (x: number): number => Math.round((1 - x) * 100) / 100;
  const leftX = (x: number): number => (view === 'prone' ? x : mirror(x));
  const rightX = (x: number): number => (view === 'prone' ? mirror(x) : x);
  return Object.freeze([
    ...leftProne.map((l) => Object.freeze({ ...l, side: 'L' as const, x: leftX(l.x) })),
    ...leftProne.map((l) => Object.freeze({ ...l, side: 'R' as const, x: rightX(l.x) })),
    Object.freeze({ id: 'sacrum' as const, side: null, x: 0.5, y: 0.5 }),
  ]);
}

// The outline never changes, so each view is built once and shared (frozen) by every plan.
const views = { prone: build('prone'), supine: build('supine') };

/**
 * The landmarks of the pelvis schematic for a view, left side first, then right, then the sacrum.
 *
 * Source: REFERENCE §4.
 *
 * @example
 * pelvisSchematic('supine').find((l) => l.id === 'trochanter' && l.side === 'L')?.x; // 0.9
 */
export function pelvisSchematic(view: 'prone' | 'supine'): readonly SchematicLandmark[] {
  return views[view];
}
