import { z } from 'zod';
import type { SameShape } from '../exact-schema';
import type { CodingRule } from './coding-rule';

/**
 * The CPT chiropractic manipulative treatment codes (numbers only; the descriptors are AMA text).
 *
 * Source: clinical-notes §1.5.
 *
 * @example
 * const code: CmtCode = '98941';
 */
export type CmtCode = '98940' | '98941' | '98942' | '98943';

/**
 * The schema of a {@link CmtCode}.
 *
 * Source: clinical-notes §1.5.
 *
 * @example
 * CmtCodeSchema.parse('98943');
 */
export const CmtCodeSchema = z.enum(['98940', '98941', '98942', '98943']);

/**
 * The CPT spinal CMT codes, which carry the AT or GA modifier.
 *
 * Source: clinical-notes §1.4–1.5.
 *
 * @example
 * const code: SpinalCmtCode = '98940';
 */
export type SpinalCmtCode = Exclude<CmtCode, '98943'>;

/**
 * The schema of a {@link SpinalCmtCode}.
 *
 * Source: clinical-notes §1.4–1.5.
 *
 * @example
 * SpinalCmtCodeSchema.parse('98942');
 */
export const SpinalCmtCodeSchema = CmtCodeSchema.exclude(['98943']);
// The schemas list every code of the types: this stops compiling when they drift.
const _sameShape: [
  SameShape<z.output<typeof CmtCodeSchema>, CmtCode>,
  SameShape<z.output<typeof SpinalCmtCodeSchema>, SpinalCmtCode>,
] = [true, true];

/**
 * The rule choosing the spinal CMT code.
 *
 * Source: clinical-notes §1.5 (Palmetto GBA chiropractic billing pages); REFERENCE §8.
 *
 * @example
 * spinalCmtRule.id; // 'cpt.spinal-region-count'
 */
export const spinalCmtRule: CodingRule = {
  id: 'cpt.spinal-region-count',
  text: 'Spinal CMT by the number of distinct spinal regions adjusted: 1–2 → 98940, 3–4 → 98941, 5 → 98942. Regions: cervical (C1–C7 and OC), thoracic, lumbar, sacral (SA, CO), pelvic (IL, including blocking).',
  source:
    'CPT CMT code table and region definitions as summarised in clinical-notes §1.5 (Palmetto GBA); REFERENCE §8',
};

/**
 * The rule for the extraspinal CMT code.
 *
 * Source: clinical-notes §1.5; REFERENCE §8 (cranial work is head, extraspinal).
 *
 * @example
 * extraspinalCmtRule.id; // 'cpt.extraspinal'
 */
export const extraspinalCmtRule: CodingRule = {
  id: 'cpt.extraspinal',
  text: 'Any extraspinal region treated (head including cranial work but not the atlanto-occipital joint, lower or upper extremity, rib cage, abdomen) → 98943. Medicare does not pay 98943.',
  source:
    'CPT extraspinal regions as summarised in clinical-notes §1.5; Palmetto GBA (98943 not paid by Medicare, clinical-notes §1.4); REFERENCE §8',
};

/**
 * The spinal CMT code for a count of distinct spinal regions, or null when none was adjusted.
 *
 * Source: clinical-notes §1.5.
 *
 * @param regionCount - distinct CPT spinal regions adjusted, 0–5
 * @example
 * spinalCmtCode(2); // '98940'
 * spinalCmtCode(3); // '98941'
 * spinalCmtCode(5); // '98942'
 */
export function spinalCmtCode(regionCount: number): SpinalCmtCode | null {
  if (!Number.isInteger(regionCount) || regionCount < 0 || regionCount > 5)
    throw new Error(`there are 5 spinal regions, not ${regionCount}`);
  if (regionCount === 0) return null;
  if (regionCount <= 2) return '98940';
  if (regionCount <= 4) return '98941';
  return '98942';
}
