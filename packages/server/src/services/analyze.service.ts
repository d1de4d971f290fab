import { VisitRecordSchema, engineInputOf, type AnalyzeRequest } from '@sotchart/contract';
import { runEngine, type EngineResult } from '@sotchart/engine';
import type { RequestContext } from '../auth/request-context';
import { checkFindings } from './check-findings';
import { effectivePack } from './protocol.service';
import type { ServiceDeps } from './service-deps';

const emptyRecord = VisitRecordSchema.parse({});

export const analyzeService = {
  /**
   * Runs the engine with the clinic's effective pack and answers the result a visit with these
   * findings would store; nothing is saved and no patient data is read.
   */
  async analyze(deps: ServiceDeps, ctx: RequestContext, input: AnalyzeRequest): Promise<EngineResult> {
    const { pack } = await effectivePack(deps.db, ctx.clinicId);
    const findings = checkFindings(input.findings, pack);
    const visit = { findings, overrides: input.overrides, record: input.record ?? emptyRecord };
    return runEngine(engineInputOf(visit, input.episode), pack);
  },
};
