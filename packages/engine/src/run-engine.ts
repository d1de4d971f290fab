import type { Analysis } from './analysis/analysis';
import { analyze } from './analysis/category-analysis';
import { blockingPlan, type BlockingPlan, type ContraindicationOverride } from './blocking/blocking-plan';
import { cmrtTargets, type CmrtTarget } from './cmrt/cmrt-targets';
import type { Finding } from './findings/finding';
import { heelLiftSuggestion, type HeelLiftSuggestion } from './home-care/heel-lift-suggestion';
import type { ProtocolPack } from './protocol/protocol-pack';
import { verify, type Verification } from './verification/verify';

/**
 * Everything the engine says about one visit, as the server stores it with each save.
 *
 * Source: REFERENCE §1 (the visit loop), §9.
 *
 * @example
 * const snapshot: EngineSnapshot = runEngine(findings, defaultPack);
 */
export interface EngineSnapshot {
  readonly analysis: Analysis;
  readonly plan: BlockingPlan | null;
  readonly cmrt: readonly CmrtTarget[];
  readonly verification: Verification;
  readonly heelLift: HeelLiftSuggestion | null;
}

/**
 * Runs the whole engine on a visit's validated findings: analysis of the pre-check, blocking plan,
 * CMRT targets, pre/post verification (the visit's `pre` findings against its `post` findings,
 * screen answers left out) and
 * the heel-lift suggestion.
 *
 * Source: REFERENCE §1, §4–§6, §9.
 *
 * @example
 * runEngine(findings, defaultPack, [{ contraindication: 'ci_pregnancy', reason: 'supine adaptation' }]).plan?.overrideRequired; // false
 */
export function runEngine(
  findings: readonly Finding[],
  pack: ProtocolPack,
  overrides: readonly ContraindicationOverride[] = [],
): EngineSnapshot {
  const analysis = analyze(findings, pack);
  // Screen answers are asked once, before treatment; they are not re-tested, so they stay out of
  // the pre/post comparison instead of all reading 'not_rechecked'.
  const screen = new Set([...pack.redFlags.map((r) => r.id), ...pack.contraindications.map((c) => c.id)]);
  const examined = findings.filter((f) => !screen.has(f.indicator));
  return {
    analysis,
    plan: blockingPlan(analysis, findings, pack, overrides),
    cmrt: cmrtTargets(findings, pack),
    verification: verify(
      examined.filter((f) => f.phase === 'pre'),
      examined.filter((f) => f.phase === 'post'),
    ),
    heelLift: heelLiftSuggestion(findings),
  };
}
