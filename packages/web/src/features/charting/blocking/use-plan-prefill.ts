import type { BlockingPlan } from '@sotchart/engine';
import { useEffect, useRef } from 'react';
import { withTreatment, type VisitDraft } from '../draft/visit-draft';
import { planBlocks, sameBlocks, type TreatmentBlock } from './plan-blocks';

/**
 * Keeps the treatment's blocks prefilled from the plan while the practitioner has not changed them:
 * blocks that still equal the previous plan's (or none at all) follow the new plan; edited ones stay.
 */
export function usePlanPrefill(
  plan: BlockingPlan | null,
  blocks: readonly TreatmentBlock[],
  update: (change: (draft: VisitDraft) => VisitDraft) => void,
  enabled: boolean,
): void {
  const previous = useRef<TreatmentBlock[] | null>(null);
  const next = planBlocks(plan);
  const key = JSON.stringify(next);
  useEffect(() => {
    if (!enabled) return;
    const before = previous.current;
    const planned: TreatmentBlock[] = JSON.parse(key) as TreatmentBlock[];
    previous.current = planned;
    if (before !== null && sameBlocks(before, planned)) return;
    const following = blocks.length === 0 || (before !== null && sameBlocks(blocks, before));
    if (!following || sameBlocks(blocks, planned)) return;
    if (planned.length === 0 && blocks.length > 0 && before === null) return;
    update((d) => withTreatment(d, (t) => ({ ...t, blocks: planned })));
  }, [key, blocks, update, enabled]);
}
