import { contraindicationIds, redFlagIds, type Finding } from '@sotchart/engine';

/**
 * The whole red-flag and contraindication screen answered, as a visit must have it to be signed
 * (REFERENCE §7): every item `no`, except the ids in `positive`.
 */
export function screenAnswers(positive: readonly string[] = []): Finding[] {
  return [...redFlagIds, ...contraindicationIds].map((indicator) => ({
    indicator,
    phase: 'pre',
    positive: positive.includes(indicator),
  }));
}
