import type { VisitRecord } from '@sotchart/contract';
import type { BlockingPlan } from '@sotchart/engine';

export type TreatmentBlock = VisitRecord['treatment']['blocks'][number];

/** The blocks of a plan as treatment entries (a block whose side is not set yet is left out). */
export function planBlocks(plan: BlockingPlan | null): TreatmentBlock[] {
  if (plan === null) return [];
  return plan.blocks.flatMap((b) =>
    b.side === null ? [] : [{ side: b.side, landmark: b.landmark, minutes: 0 }],
  );
}

/** True when two lists of blocks are the same blocks in the same order. */
export function sameBlocks(a: readonly TreatmentBlock[], b: readonly TreatmentBlock[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
