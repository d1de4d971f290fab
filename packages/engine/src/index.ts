export { ENGINE_VERSION } from './version';
export { type EngineError, type ErrorDetail, type Result } from './errors';

export { segments, isSegment, type Segment } from './findings/segment';
export { regions, regionOfSegment, type Region } from './findings/region';
export {
  FindingSchema,
  IndicatorIdSchema,
  type Finding,
  type FindingSite,
  type Phase,
  type Side,
} from './findings/finding';
export { resultShapes, resultShapeIds, type ResultShape, type ResultShapeId } from './findings/result-shape';
export { isPositive } from './findings/is-positive';
export { findingKey, siteKey } from './findings/site-key';
export { validateFindings } from './findings/validate-findings';

export { categoryIds, CategoryIdSchema, type CategoryId } from './protocol/category-id';
export { CertaintySchema, type Certainty } from './protocol/certainty';
export { IndicatorSpecSchema, type IndicatorSpec, type PartLetter } from './protocol/indicator-spec';
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
  referralMessage,
  type RedFlagId,
  type ScreenQuestion,
} from './safety/red-flags';
export { contraindicationIds, contraindications, type ContraindicationId } from './safety/contraindications';
