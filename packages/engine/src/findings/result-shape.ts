import type { Side } from './finding';

/**
 * Value fields of a finding that a result shape may require or allow.
 *
 * Source: REFERENCE §2.
 *
 * @example
 * const field: ValueField = 'degrees';
 */
export type ValueField = 'positive' | 'grade' | 'degrees' | 'mm' | 'symptomReproduced';
/**
 * Site fields of a finding that a result shape may require or allow.
 *
 * Source: REFERENCE §2.
 *
 * @example
 * const field: SiteField = 'fossa';
 */
export type SiteField = 'fossa' | 'line' | 'area' | 'level' | 'direction' | 'structure';

/**
 * What one indicator's finding holds: whether it is sided (and whether per side), which value and
 * site fields it requires or allows, and what makes it positive. Shapes are named so that a clinic's added indicators pick
 * one of them rather than invent new validation.
 *
 * Source: REFERENCE §2 (the "result" column, the key, and the definition of positive).
 *
 * @example
 * resultShapes.side_posneg.positive; // 'flag'
 */
export interface ResultShape {
  /** `true`: `side` is required; `false`: `side` is not allowed. */
  readonly sided: boolean;
  /**
   * `true`: graded or measured on each side, so the side is part of the finding's key (one finding
   * per indicator, phase, site and side); `false`: the side, if any, is part of the value.
   */
  readonly perSide: boolean;
  readonly sides: readonly Side[];
  readonly required: readonly ValueField[];
  readonly optional: readonly ValueField[];
  /** Required only when the side is L, R or bilateral (a measured difference needs a size). */
  readonly requiredWhenSided: readonly ValueField[];
  /** Required only when the finding is positive (SLR: the angle at which the symptom came). */
  readonly requiredWhenPositive: readonly ValueField[];
  readonly siteRequired: readonly SiteField[];
  readonly siteOptional: readonly SiteField[];
  /** `flag`: positive === true; `grade`: grade ≥ 1; `symptom`: symptomReproduced === true; `never`. */
  readonly positive: 'flag' | 'grade' | 'symptom' | 'never';
  /** Red-flag and contraindication answers belong to the pre-check only. */
  readonly preOnly: boolean;
  /** Where `site.structure` must come from: TS points A/B, or the pack's cranial list. */
  readonly structureFrom: 'ts_point' | 'cranial' | null;
}

const allSides: readonly Side[] = ['L', 'R', 'bilateral', 'none'];
const oneSides: readonly Side[] = ['L', 'R'];
const base = {
  sided: true,
  perSide: false,
  sides: allSides,
  required: [],
  optional: [],
  requiredWhenSided: [],
  requiredWhenPositive: [],
  siteRequired: [],
  siteOptional: [],
  positive: 'flag',
  preOnly: false,
  structureFrom: null,
} as const satisfies ResultShape;

/**
 * Every result shape an indicator can have, keyed by id.
 *
 * Source: REFERENCE §2 (indicator catalog "result" column), §7 (screen items).
 *
 * @example
 * resultShapes.side_mm.requiredWhenSided; // ['mm']
 */
export const resultShapes = {
  /** leg_check, anatomical_leg_difference: side = the short leg, none = even. */
  side_mm: {
    ...base,
    sides: ['L', 'R', 'none'],
    optional: ['mm'],
    requiredWhenSided: ['mm'],
    positive: 'never',
  },
  side_posneg: { ...base, required: ['positive'] },
  side_posneg_grade: { ...base, required: ['positive'], optional: ['grade'] },
  side_fossa_posneg: { ...base, required: ['positive'], siteOptional: ['fossa'] },
  side_direction_posneg: { ...base, required: ['positive'], siteOptional: ['direction'] },
  side_structure_posneg: {
    ...base,
    required: ['positive'],
    siteRequired: ['structure'],
    structureFrom: 'cranial',
  },
  ts_point: {
    ...base,
    required: ['positive'],
    siteRequired: ['level', 'structure'],
    structureFrom: 'ts_point',
  },
  posneg: { ...base, sided: false, sides: [], required: ['positive'] },
  direction_posneg: { ...base, sided: false, sides: [], required: ['positive'], siteOptional: ['direction'] },
  level_posneg: { ...base, sided: false, sides: [], required: ['positive'], siteOptional: ['level'] },
  // Per-side shapes take L or R only: each side is its own finding (REFERENCE §2). Stored rows from
  // before that rule, which the backfill could not split, are still read (as both sides) but cannot
  // be written again.
  side_degrees_symptom: {
    ...base,
    sides: oneSides,
    perSide: true,
    // REFERENCE §2: degrees required when the symptom is reproduced, optional when not.
    required: ['symptomReproduced'],
    optional: ['degrees'],
    requiredWhenPositive: ['degrees'],
    positive: 'symptom',
  },
  side_grade: { ...base, sides: oneSides, perSide: true, required: ['grade'], positive: 'grade' },
  line_area_side_grade: {
    ...base,
    sides: oneSides,
    perSide: true,
    required: ['grade'],
    siteRequired: ['line', 'area'],
    siteOptional: ['level'],
    positive: 'grade',
  },
  screen: { ...base, sided: false, sides: [], required: ['positive'], preOnly: true },
} as const satisfies Record<string, ResultShape>;

/**
 * The id of one entry of {@link resultShapes}.
 *
 * Source: REFERENCE §2.
 *
 * @example
 * const shape: ResultShapeId = 'side_grade';
 */
export type ResultShapeId = keyof typeof resultShapes;

/**
 * Every result shape id, for schemas.
 *
 * Source: REFERENCE §2.
 *
 * @example
 * resultShapeIds.includes('screen'); // true
 */
export const resultShapeIds = Object.keys(resultShapes) as [ResultShapeId, ...ResultShapeId[]];
