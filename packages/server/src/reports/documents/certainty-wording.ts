import type { BlockingPlan, Certainty } from '@sotchart/engine';

/**
 * A certainty in words that never claim more than the data (REFERENCE §9): a rule or block drawn from
 * sources is "sourced", one the sources argue over "sources disagree", and a default that no source
 * sets a "practitioner-defined convention".
 */
export const certaintyWords: Readonly<Record<Certainty, string>> = {
  sourced: 'sourced',
  conflicting: 'sources disagree',
  'practitioner-defined': 'practitioner-defined convention',
};

/**
 * The blocking plan's overall certainty in words: the engine's weakest-of-its-parts value, with a
 * practitioner placement named for what it is, "set by practitioner".
 */
export function planCertaintyWords(plan: Pick<BlockingPlan, 'placement' | 'certainty'>): string {
  return plan.placement === 'practitioner' ? 'set by practitioner' : certaintyWords[plan.certainty];
}
