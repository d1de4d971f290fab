import type { BlockingPlan, Certainty } from '@sotchart/engine';
import type { DocumentLanguage } from '../document-language';

const certaintyKeys = {
  sourced: 'certainty.sourced',
  conflicting: 'certainty.conflicting',
  'practitioner-defined': 'certainty.practitionerDefined',
} as const satisfies Readonly<Record<Certainty, string>>;

/**
 * A certainty in words that never claim more than the data (REFERENCE §9): a rule or block drawn from
 * sources is "sourced", one the sources argue over "sources disagree", and a default that no source
 * sets a "practitioner-defined convention".
 */
export const certaintyWords = (certainty: Certainty, dl: DocumentLanguage): string =>
  dl.t(certaintyKeys[certainty]);

/**
 * The blocking plan's overall certainty in words: the engine's weakest-of-its-parts value, with a
 * practitioner placement named for what it is, "set by practitioner".
 */
export function planCertaintyWords(
  plan: Pick<BlockingPlan, 'placement' | 'certainty'>,
  dl: DocumentLanguage,
): string {
  return plan.placement === 'practitioner'
    ? dl.t('certainty.setByPractitioner')
    : certaintyWords(plan.certainty, dl);
}
