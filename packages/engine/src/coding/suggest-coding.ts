import { z } from 'zod';
import { validationFailed, type Result } from '../errors';
import { regionOfSegment, regions, type Region } from '../findings/region';
import { segments, type Segment } from '../findings/segment';
import { PartLetterSchema, type PartLetter } from '../protocol/indicator-spec';
import { exactSchema, type SameShape } from '../exact-schema';
import { zodDetails } from '../zod-details';
import { CmtCodeSchema, extraspinalCmtRule, spinalCmtCode, spinalCmtRule, type CmtCode } from './cmt-code';
import { CodingInputSchema, type CodingInput } from './coding-input';
import { CodingRuleSchema, type CodingRule } from './coding-rule';
import {
  cptSpinalRegionOfSegment,
  cptSpinalRegions,
  extraspinalRegions as extraspinalRegionOrder,
  type CptSpinalRegion,
  type ExtraspinalRegion,
} from './cpt-region';
import { M99CodeSchema, m99ByRegion, type M99Code } from './m99-code';
import { ModifierHintSchema, modifierHint, type ModifierHint } from './modifier-hint';
import { checkPartLetters, PartGapSchema, partRule, type PartGap } from './part-check';

/**
 * How a region or segment came to be treated this visit.
 *
 * Source: REFERENCE §8 (blocking is pelvic, cranial work is head).
 *
 * @example
 * const via: TreatmentKind = 'blocking';
 */
export type TreatmentKind = 'adjustment' | 'blocking' | 'cranial' | 'extraspinal';

/**
 * The PART check of one treated segment (each adjusted segment, and IL when blocking was done).
 *
 * Source: clinical-notes §1.1; REFERENCE §8.
 *
 * @example
 * const check: PartCheck = { segment: 'L5', letters: ['P'], passed: false,
 *   missing: { needsAOrR: true, moreLetters: 0 }, summary: 'Needs A or R.', via: ['adjustment'], rule: partRule };
 */
export interface PartCheck {
  readonly segment: Segment;
  readonly letters: readonly PartLetter[];
  readonly passed: boolean;
  readonly missing: PartGap;
  readonly summary: string;
  readonly via: readonly TreatmentKind[];
  readonly rule: CodingRule;
}

/**
 * A suggested ICD-10-CM M99.0x diagnosis for one region treated. `supportsSpinalCmt` is true when the
 * region was treated spinally (including OC, coded to head); such diagnoses come first, so the first
 * diagnosis on a spinal CMT claim is in M99.00–M99.05. `partDocumented` says whether at least one of
 * the region's segments passed its PART check (null when no segment-level PART applies, e.g. cranial).
 *
 * Source: clinical-notes §1.5–1.6; REFERENCE §8.
 *
 * @example
 * const dx: DiagnosisSuggestion = { code: 'M99.03', region: 'lumbar', regionName: 'Lumbar region', segments: ['L5'],
 *   via: ['adjustment'], supportsSpinalCmt: true, primaryForSpinalCmt: true, partDocumented: true, rule };
 */
export interface DiagnosisSuggestion {
  readonly code: M99Code;
  readonly region: Region;
  readonly regionName: string;
  readonly segments: readonly Segment[];
  readonly via: readonly TreatmentKind[];
  readonly supportsSpinalCmt: boolean;
  readonly primaryForSpinalCmt: boolean;
  readonly partDocumented: boolean | null;
  readonly rule: CodingRule;
}

/**
 * A suggested CPT CMT procedure with the regions that justify it.
 *
 * Source: clinical-notes §1.5.
 *
 * @example
 * const px: ProcedureSuggestion = { code: '98941', regions: ['cervical', 'lumbar', 'pelvic'], note: null, rule: spinalCmtRule };
 */
export interface ProcedureSuggestion {
  readonly code: CmtCode;
  readonly regions: readonly (CptSpinalRegion | ExtraspinalRegion)[];
  readonly note: string | null;
  readonly rule: CodingRule;
}

/**
 * The coding suggestions for one visit, for the practitioner to confirm: diagnoses (spinal first),
 * procedures (spinal CMT, then 98943), a PART check per treated segment and the modifier hint.
 *
 * Source: issue 10; clinical-notes §1.1, §1.4–1.6; REFERENCE §8.
 *
 * @example
 * suggestion.procedures[0]?.code; // '98941'
 */
export interface CodingSuggestion {
  readonly diagnoses: readonly DiagnosisSuggestion[];
  readonly procedures: readonly ProcedureSuggestion[];
  readonly partChecks: readonly PartCheck[];
  readonly modifier: ModifierHint;
  readonly spinalRegions: readonly CptSpinalRegion[];
  readonly extraspinalRegions: readonly ExtraspinalRegion[];
}

const TreatmentKindSchema = z.enum(['adjustment', 'blocking', 'cranial', 'extraspinal']);
const SpinalRegionSchema = z.enum(cptSpinalRegions);
const ExtraspinalRegionSchema = z.enum(extraspinalRegionOrder);

/**
 * The schema of a {@link CodingSuggestion}, as the API answers it inside a visit's engine result.
 *
 * Source: issue 10; clinical-notes §1.1, §1.4–1.6.
 *
 * @example
 * CodingSuggestionSchema.parse(suggestion);
 */
export const CodingSuggestionSchema = exactSchema<CodingSuggestion>()(
  z.object({
    diagnoses: z.array(
      z.object({
        code: M99CodeSchema,
        region: z.enum(regions),
        regionName: z.string(),
        segments: z.array(z.enum(segments)),
        via: z.array(TreatmentKindSchema),
        supportsSpinalCmt: z.boolean(),
        primaryForSpinalCmt: z.boolean(),
        partDocumented: z.boolean().nullable(),
        rule: CodingRuleSchema,
      }),
    ),
    procedures: z.array(
      z.object({
        code: CmtCodeSchema,
        regions: z.array(z.union([SpinalRegionSchema, ExtraspinalRegionSchema])),
        note: z.string().nullable(),
        rule: CodingRuleSchema,
      }),
    ),
    partChecks: z.array(
      z.object({
        segment: z.enum(segments),
        letters: z.array(PartLetterSchema),
        passed: z.boolean(),
        missing: PartGapSchema,
        summary: z.string(),
        via: z.array(TreatmentKindSchema),
        rule: CodingRuleSchema,
      }),
    ),
    modifier: ModifierHintSchema,
    spinalRegions: z.array(SpinalRegionSchema),
    extraspinalRegions: z.array(ExtraspinalRegionSchema),
  }),
);

// The schema lists every kind of the type: this stops compiling when they drift.
const _sameShape: SameShape<z.output<typeof TreatmentKindSchema>, TreatmentKind> = true;

const m99Rule: CodingRule = {
  id: 'icd10.m99-by-region',
  text: 'One ICD-10-CM M99.0x code per region treated (6th character = region): M99.00 head (OC and cranial work), M99.01 cervical, M99.02 thoracic, M99.03 lumbar, M99.04 sacral (SA, CO), M99.05 pelvic (IL, blocking), M99.06–M99.09 lower extremity, upper extremity, rib cage, abdomen. Medicare accepts only M99.00–M99.05 as the first diagnosis for 98940–98942.',
  source:
    'ICD-10-CM M99.0x table and the Medicare primary-diagnosis claim edit (clinical-notes §1.6); REFERENCE §8',
};

interface TreatedSegment {
  letters: Set<PartLetter>;
  via: TreatmentKind[];
}

function byOrder<T>(order: readonly T[]): (a: T, b: T) => number {
  return (a, b) => order.indexOf(a) - order.indexOf(b);
}

/**
 * Suggests a visit's coding: ICD-10-CM M99.0x per region treated; CPT 98940/98941/98942 from the
 * number of distinct spinal regions (cervical incl. OC, thoracic, lumbar, sacral SA/CO, pelvic IL or
 * blocking) and 98943 when any extraspinal region (cranial = head, extremities, rib cage, abdomen) was
 * treated; a PART check per treated segment (≥ 2 letters, one A or R) saying what is missing; and the
 * AT / GA hint from the care phase and ABN. Only code numbers and region names, never CPT descriptors.
 * Invalid input is `VALIDATION_FAILED`.
 *
 * Source: clinical-notes §1.1 (PART), §1.4 (AT/GA), §1.5 (CPT regions), §1.6 (M99.0x); REFERENCE §8.
 *
 * @example
 * const result = suggestCoding({ adjustedSegments: [{ segment: 'OC', part: ['A', 'T'] }, { segment: 'L5', part: ['P', 'R'] }],
 *   blocking: { part: ['A', 'P'] }, cranial: true, extraspinalRegions: [], phase: 'active', abnOnFile: false });
 * // diagnoses M99.00, M99.03, M99.05; procedures 98941 (cervical, lumbar, pelvic) and 98943 (head); modifier AT
 */
export function suggestCoding(input: CodingInput): Result<CodingSuggestion> {
  const parsed = CodingInputSchema.safeParse(input);
  if (!parsed.success) return validationFailed(zodDetails(parsed.error.issues, ''));
  const visit = parsed.data;

  const treated = new Map<Segment, TreatedSegment>();
  const treat = (segment: Segment, letters: readonly PartLetter[], via: TreatmentKind) => {
    const entry = treated.get(segment) ?? { letters: new Set<PartLetter>(), via: [] };
    letters.forEach((letter) => entry.letters.add(letter));
    entry.via.push(via);
    treated.set(segment, entry);
  };
  for (const { segment, part } of visit.adjustedSegments) treat(segment, part, 'adjustment');
  // Blocking treats the pelvic region, so IL carries its PART letters (REFERENCE §8).
  if (visit.blocking !== null) treat('IL', visit.blocking.part, 'blocking');

  const partChecks: PartCheck[] = [...treated.entries()]
    .sort(([a], [b]) => byOrder(segments)(a, b))
    .map(([segment, entry]) => {
      const letters = (['P', 'A', 'R', 'T'] as const).filter((letter) => entry.letters.has(letter));
      return { segment, letters, ...checkPartLetters(letters), via: entry.via, rule: partRule };
    });

  const spinalRegions = [...new Set(partChecks.map((check) => cptSpinalRegionOfSegment(check.segment)))].sort(
    byOrder(cptSpinalRegions),
  );
  const extraspinal = new Set<ExtraspinalRegion>(visit.extraspinalRegions);
  if (visit.cranial) extraspinal.add('head');
  const extraspinalRegions = [...extraspinal].sort(byOrder(extraspinalRegionOrder));

  const diagnosisParts = new Map<
    Region,
    { segments: Segment[]; via: Set<TreatmentKind>; passed: boolean[] }
  >();
  const addDiagnosis = (region: Region, via: TreatmentKind, check?: PartCheck) => {
    const entry = diagnosisParts.get(region) ?? { segments: [], via: new Set(), passed: [] };
    entry.via.add(via);
    if (check !== undefined) {
      entry.segments.push(check.segment);
      entry.passed.push(check.passed);
    }
    diagnosisParts.set(region, entry);
  };
  for (const check of partChecks)
    for (const via of check.via) addDiagnosis(regionOfSegment(check.segment), via, check);
  if (visit.cranial) addDiagnosis('head', 'cranial');
  for (const region of visit.extraspinalRegions) addDiagnosis(region, 'extraspinal');

  const diagnoses: DiagnosisSuggestion[] = [...diagnosisParts.entries()]
    .map(([region, entry]): DiagnosisSuggestion => {
      const supportsSpinalCmt = entry.via.has('adjustment') || entry.via.has('blocking');
      return {
        ...m99ByRegion[region],
        region,
        segments: [...new Set(entry.segments)],
        via: [...entry.via],
        supportsSpinalCmt,
        partDocumented: entry.passed.length === 0 ? null : entry.passed.some(Boolean),
        rule: m99Rule,
      };
    })
    .sort(
      (a, b) =>
        Number(b.supportsSpinalCmt) - Number(a.supportsSpinalCmt) || byOrder(regions)(a.region, b.region),
    );

  const spinalCode = spinalCmtCode(spinalRegions.length);
  const procedures: ProcedureSuggestion[] = [];
  if (spinalCode !== null)
    procedures.push({ code: spinalCode, regions: spinalRegions, note: null, rule: spinalCmtRule });
  if (extraspinalRegions.length > 0)
    procedures.push({
      code: '98943',
      regions: extraspinalRegions,
      note: 'Not paid by Medicare.',
      rule: extraspinalCmtRule,
    });

  return {
    ok: true,
    value: {
      diagnoses,
      procedures,
      partChecks,
      modifier: modifierHint(visit.phase, visit.abnOnFile, spinalCode),
      spinalRegions,
      extraspinalRegions,
    },
  };
}
