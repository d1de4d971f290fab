export { ENGINE_VERSION } from './version';
export { type EngineError, type ErrorDetail, type Result } from './errors';
export { zodDetails } from './zod-details';

export { segments, isSegment, type Segment } from './findings/segment';
export { regions, regionOfSegment, type Region } from './findings/region';
export {
  FindingSchema,
  FindingSiteSchema,
  SideSchema,
  IndicatorIdSchema,
  type Finding,
  type FindingSite,
  type Phase,
  type Side,
} from './findings/finding';
export { resultShapes, resultShapeIds, type ResultShape, type ResultShapeId } from './findings/result-shape';
export { isPositive } from './findings/is-positive';
export { findingKey, siteKey, siteSideKey, type KeyedFinding } from './findings/site-key';
export { siteLabel } from './findings/site-label';
export { keyedBySide } from './findings/keyed-by-side';
export { validateFindings } from './findings/validate-findings';

export { categoryIds, CategoryIdSchema, type CategoryId } from './protocol/category-id';
export { CertaintySchema, weakestCertainty, type Certainty } from './protocol/certainty';
export {
  IndicatorSpecSchema,
  PartLetterSchema,
  type IndicatorSpec,
  type PartLetter,
} from './protocol/indicator-spec';
export {
  PlacementSpecSchema,
  BlockSpecSchema,
  type PlacementSpec,
  type BlockSpec,
} from './protocol/placement-spec';
export { CmrtMapSchema, type CmrtMap, type CmrtSpec } from './protocol/cmrt-spec';
export { ProtocolPackSchema, type ProtocolPack, type PriorityPresetId } from './protocol/protocol-pack';
export { defaultPack, evidenceNote } from './protocol/default-pack';
export { ProtocolOverrideSchema, type ProtocolOverride } from './protocol/protocol-override';
export { parseOverride } from './protocol/parse-override';
export { mergePack, packRefOf } from './protocol/merge-pack';

export {
  redFlagIds,
  redFlags,
  referralMessages,
  urgencies,
  moreUrgent,
  UrgencySchema,
  type RedFlagId,
  type Urgency,
  type ScreenQuestion,
} from './safety/red-flags';
export { contraindicationIds, contraindications, type ContraindicationId } from './safety/contraindications';

export { analyze } from './analysis/category-analysis';
export {
  AnalysisSchema,
  CountedFindingSchema,
  LevelSchema,
  type Analysis,
  type CountedFinding,
  type Level,
} from './analysis/analysis';
export {
  blockingPlan,
  BlockingPlanSchema,
  type BlockingPlan,
  type ContraindicationOverride,
} from './blocking/blocking-plan';
export {
  pelvisSchematic,
  SchematicLandmarkSchema,
  type SchematicLandmark,
} from './blocking/pelvis-schematic';
export { cmrtTargets, CmrtTargetSchema, type CmrtTarget } from './cmrt/cmrt-targets';
export {
  verify,
  positiveBefore,
  VerificationSchema,
  VerificationItemSchema,
  type Verification,
  type VerificationItem,
  type VerificationSummary,
} from './verification/verify';
export { changes, ChangeSchema, type Change } from './verification/change';
export {
  heelLiftSuggestion,
  HeelLiftSuggestionSchema,
  type HeelLiftSuggestion,
} from './home-care/heel-lift-suggestion';
export { runEngine, EngineResultSchema, type EngineInput, type EngineResult } from './run-engine';

export { instrumentIds, InstrumentIdSchema, type InstrumentId } from './outcomes/instrument-id';
export {
  InstrumentDefinitionSchema,
  type InstrumentDefinition,
  type InstrumentItem,
  type ImportantChangeRule,
  type LicenceNote,
} from './outcomes/instrument-definition';
export { instruments } from './outcomes/instruments';
export { ScoreBandSchema, type ScoreBand } from './outcomes/score-band';
export { ScoreChangeSchema, type ScoreChange, type ChangeVerdict } from './outcomes/score-change';
export {
  OutcomeScoreSchema,
  type OutcomeScore,
  type ActivityScore,
  type ScoringRule,
} from './outcomes/outcome-score';
export {
  ScoringContextSchema,
  episodeOnsets,
  nprsBandTableIds,
  type ScoringContext,
  type EpisodeOnset,
  type NprsBandTableId,
} from './outcomes/scoring-context';
export { nprs, nprsBandTables, scoreNprs, type NprsAnswers, type NprsItemId } from './outcomes/nprs';
export { psfs, PsfsAnswersSchema, scorePsfs, type PsfsAnswers } from './outcomes/psfs';
export {
  bournemouthBack,
  bournemouthNeck,
  scoreBournemouthBack,
  scoreBournemouthNeck,
  type BournemouthAnswers,
  type BournemouthItemId,
} from './outcomes/bournemouth';
export { ndi, scoreNdi, type NdiAnswers, type NdiItemId } from './outcomes/ndi';
export { odi, scoreOdi, type OdiAnswers, type OdiItemId } from './outcomes/odi';
export { scoreQuestionnaire } from './outcomes/score-questionnaire';
export { TextPackSchema, type TextPack } from './outcomes/text-pack';
export { builtInTextPacks, chooseTextPack } from './outcomes/built-in-text-packs';
export {
  applyTextPack,
  LocalisedInstrumentSchema,
  type LocalisedInstrument,
  type LocalisedItem,
} from './outcomes/apply-text-pack';

export { CodingRuleSchema, type CodingRule } from './coding/coding-rule';
export {
  cptSpinalRegions,
  extraspinalRegions,
  cptSpinalRegionOfSegment,
  type CptSpinalRegion,
  type ExtraspinalRegion,
} from './coding/cpt-region';
export { m99ByRegion, M99CodeSchema, type M99Code } from './coding/m99-code';
export { partRule, checkPartLetters, PartGapSchema, type PartGap } from './coding/part-check';
export {
  spinalCmtCode,
  spinalCmtRule,
  CmtCodeSchema,
  SpinalCmtCodeSchema,
  extraspinalCmtRule,
  type CmtCode,
  type SpinalCmtCode,
} from './coding/cmt-code';
export { modifierHint, ModifierHintSchema, type CarePhase, type ModifierHint } from './coding/modifier-hint';
export { CodingInputSchema, type CodingInput } from './coding/coding-input';
export {
  suggestCoding,
  CodingSuggestionSchema,
  type CodingSuggestion,
  type DiagnosisSuggestion,
  type ProcedureSuggestion,
  type PartCheck,
  type TreatmentKind,
} from './coding/suggest-coding';
export {
  ClaimCodingSchema,
  type ClaimCoding,
  type ClaimLine,
  type ClaimOverride,
} from './coding/checks/claim-coding';
export { CodingProblemSchema, type CodingProblem } from './coding/checks/coding-problem';
export type { CodingCheckContext, SubluxationImaging } from './coding/checks/coding-check-context';
export {
  codingCheckRules,
  type CodingCheckRule,
  type CodingRuleId,
} from './coding/checks/coding-check-rules';
export { icd10CodeList, type Icd10Entry } from './coding/checks/icd10-code-list';
export { fiscalYearOf } from './coding/checks/icd10-checks';
export { xrayInWindow } from './coding/checks/part-documentation-check';
export { checkCoding, blockingProblems } from './coding/checks/check-coding';
