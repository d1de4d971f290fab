import { z } from 'zod';
import { AnalysisSchema, type Analysis } from './analysis/analysis';
import { analyze } from './analysis/category-analysis';
import {
  blockingPlan,
  BlockingPlanSchema,
  type BlockingPlan,
  type ContraindicationOverride,
} from './blocking/blocking-plan';
import { cmrtTargets, CmrtTargetSchema, type CmrtTarget } from './cmrt/cmrt-targets';
import type { CodingInput } from './coding/coding-input';
import { CodingSuggestionSchema, suggestCoding, type CodingSuggestion } from './coding/suggest-coding';
import type { Finding } from './findings/finding';
import {
  heelLiftSuggestion,
  HeelLiftSuggestionSchema,
  type HeelLiftSuggestion,
} from './home-care/heel-lift-suggestion';
import type { ProtocolPack } from './protocol/protocol-pack';
import { exactSchema } from './exact-schema';
import { ENGINE_VERSION } from './version';
import { verify, VerificationSchema, type Verification } from './verification/verify';

/**
 * What the engine is given about one visit: its validated findings (pre, post and screen answers),
 * the practitioner's contraindication override reasons, and the treatment as coding input (`null`
 * when nothing is charted that could be coded).
 *
 * Source: REFERENCE §1, §8, §9.
 *
 * @example
 * const input: EngineInput = { findings, overrides: [], coding: null };
 */
export interface EngineInput {
  readonly findings: readonly Finding[];
  readonly overrides: readonly ContraindicationOverride[];
  readonly coding: CodingInput | null;
}

/**
 * Everything the engine says about one visit. The server stores exactly this with every save, and
 * every screen, document and export reads it from there: one result, computed by {@link runEngine}.
 *
 * Source: REFERENCE §1, §9, §10 (`engineVersion` and `packRef` say how it was computed).
 *
 * @example
 * const result: EngineResult = runEngine({ findings, overrides: [], coding: null }, defaultPack);
 */
export interface EngineResult {
  readonly engineVersion: string;
  readonly packRef: string;
  readonly analysis: Analysis;
  readonly plan: BlockingPlan | null;
  readonly cmrt: readonly CmrtTarget[];
  readonly verification: Verification;
  readonly heelLift: HeelLiftSuggestion | null;
  readonly coding: CodingSuggestion | null;
}

/**
 * The schema of an {@link EngineResult}: what the API answers as a visit's `engine` and from
 * `POST /api/analyze`.
 *
 * Source: REFERENCE §9.
 *
 * @example
 * EngineResultSchema.parse(runEngine({ findings, overrides: [], coding: null }, defaultPack));
 */
export const EngineResultSchema = exactSchema<EngineResult>()(
  z.object({
    engineVersion: z.string(),
    packRef: z.string(),
    analysis: AnalysisSchema,
    plan: BlockingPlanSchema.nullable(),
    cmrt: z.array(CmrtTargetSchema),
    verification: VerificationSchema,
    heelLift: HeelLiftSuggestionSchema.nullable(),
    coding: CodingSuggestionSchema.nullable(),
  }),
);

/**
 * Runs the whole engine on a visit: analysis of the pre-check, blocking plan, CMRT targets, pre/post
 * verification of the pack's indicators, the heel-lift suggestion and the coding suggestion. Under a
 * positive red flag only the referral stands: no plan, no CMRT targets, no heel lift and no coding
 * (REFERENCE §7); the verification still records what was examined.
 *
 * Source: REFERENCE §1, §4–§9.
 *
 * @example
 * runEngine({ findings, overrides: [{ contraindication: 'ci_pregnancy', reason: 'supine adaptation' }], coding: null }, defaultPack)
 *   .plan?.overrideRequired; // false
 */
export function runEngine(input: EngineInput, pack: ProtocolPack): EngineResult {
  const { findings, overrides } = input;
  const analysis = analyze(findings, pack);
  const referred = analysis.referral !== null;
  const coding = referred || input.coding === null ? null : suggestCoding(input.coding);
  return {
    engineVersion: ENGINE_VERSION,
    packRef: pack.packRef,
    analysis,
    plan: blockingPlan(analysis, findings, pack, overrides),
    cmrt: referred ? [] : cmrtTargets(findings, pack),
    verification: verify(
      findings.filter((f) => f.phase === 'pre'),
      findings.filter((f) => f.phase === 'post'),
      pack,
    ),
    heelLift: referred ? null : heelLiftSuggestion(findings),
    coding: coding?.ok === true ? coding.value : null,
  };
}
