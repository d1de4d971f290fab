import type { CptSpinalRegion } from '../cpt-region';
import type { CarePhase } from '../modifier-hint';
import type { CodingSuggestion } from '../suggest-coding';

/**
 * An X-ray (or CT/MRI) on file that shows the subluxation, with its date and the spinal regions it shows.
 *
 * Source: Medicare Benefit Policy Manual ch. 15 §240.1.2 (clinical-notes §1.1).
 *
 * @example
 * const film: SubluxationImaging = { date: '2026-01-10', showsSubluxation: true, regions: ['lumbar'] };
 */
export interface SubluxationImaging {
  readonly date: string;
  readonly showsSubluxation: boolean;
  readonly regions: readonly CptSpinalRegion[];
}

/**
 * What the coding checks need beyond the confirmed codes. Dates are `YYYY-MM-DD` in the clinic's zone.
 *
 * - `suggestion`: the engine's coding suggestion for the visit (treated regions and PART per segment);
 *   null when nothing codable was treated.
 * - `courseStart`: the start of the course of treatment (the episode's start), for the X-ray window.
 * - `abnDate`: the ABN on file for the episode, or null.
 * - `medicare`: whether the claim goes to Medicare (the AT, GZ and GY requirements are Medicare's).
 * - `imaging`: X-rays on file that show a subluxation.
 * - `clinicDiagnoses`: ICD-10-CM codes the clinic added to its list (valid on any date).
 * - `feeScheduleCodes`: the codes of the clinic's fee schedule, or null when it has none.
 *
 * Source: issue 19; clinical-notes §1.1, §1.4.
 *
 * @example
 * const context: CodingCheckContext = { dateOfService: '2026-03-02', suggestion, phase: 'active', courseStart: '2026-02-01',
 *   abnDate: null, medicare: true, imaging: [], clinicDiagnoses: [], feeScheduleCodes: null };
 */
export interface CodingCheckContext {
  readonly dateOfService: string;
  readonly suggestion: CodingSuggestion | null;
  readonly phase: CarePhase;
  readonly courseStart: string | null;
  readonly abnDate: string | null;
  readonly medicare: boolean;
  readonly imaging: readonly SubluxationImaging[];
  readonly clinicDiagnoses: readonly string[];
  readonly feeScheduleCodes: readonly string[] | null;
}
