import { analyze, blockingPlan, cmrtTargets, heelLiftSuggestion } from '@sotchart/engine';
import type { RequestContext } from '../auth/request-context';
import { checkFindings } from './check-findings';
import { effectivePack } from './protocol.service';
import type { ServiceDeps } from './service-deps';

export const analyzeService = {
  /** Runs the engine with the clinic's effective pack; nothing is saved and no patient data is read. */
  async analyze(
    deps: ServiceDeps,
    ctx: RequestContext,
    input: { findings: unknown[]; overrides: { contraindication: string; reason: string }[] },
  ) {
    const { pack } = await effectivePack(deps.db, ctx.clinicId);
    const findings = checkFindings(input.findings, pack);
    const analysis = analyze(findings, pack);
    return {
      analysis,
      plan: blockingPlan(analysis, findings, pack, input.overrides),
      cmrt: cmrtTargets(findings, pack),
      heelLift: heelLiftSuggestion(findings),
    };
  },
};
