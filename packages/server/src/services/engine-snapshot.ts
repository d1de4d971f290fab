import {
  ENGINE_VERSION,
  analyze,
  blockingPlan,
  verify,
  type Finding,
  type ProtocolPack,
} from '@sotchart/engine';
import type { Visit } from '@sotchart/contract';

export type EngineSnapshot = Pick<Visit, 'analysis' | 'plan' | 'verification' | 'engineVersion' | 'packRef'>;

/**
 * What the engine says about a visit's findings with the given pack: analysis of the pre-check,
 * blocking plan (with the overrides given), and pre/post verification. The server stores it on every
 * save; a client never supplies it.
 */
export function engineSnapshot(
  findings: readonly Finding[],
  pack: ProtocolPack,
  overrides: readonly { contraindication: string; reason: string }[],
): EngineSnapshot {
  const analysis = analyze(findings, pack);
  const plan = blockingPlan(analysis, findings, pack, overrides);
  const verification = verify(
    findings.filter((f) => f.phase === 'pre'),
    findings.filter((f) => f.phase === 'post'),
  );
  return { analysis, plan, verification, engineVersion: ENGINE_VERSION, packRef: pack.packRef };
}
