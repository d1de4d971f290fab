import { z } from 'zod';
import { exactSchema } from '../../exact-schema';

/**
 * One confirmed service line, as on a CMS-1500 box 24: the CPT or HCPCS code number, its modifiers,
 * its diagnosis pointers (1-based into {@link ClaimCoding.diagnoses}) and its units.
 *
 * Source: CMS-1500 (02/12) items 24D–24G; issue 19.
 *
 * @example
 * const line: ClaimLine = { code: '98941', modifiers: ['AT'], pointers: [1, 2], units: 1 };
 */
export interface ClaimLine {
  readonly code: string;
  readonly modifiers: readonly string[];
  readonly pointers: readonly number[];
  readonly units: number;
}

/**
 * A practitioner's written reason for going ahead despite an overridable coding check.
 *
 * Source: issue 19 (override only for a rule marked overridable, with a written reason).
 *
 * @example
 * const o: ClaimOverride = { rule: 'part.documented', reason: 'Antalgic posture prevented ROM testing.' };
 */
export interface ClaimOverride {
  readonly rule: string;
  readonly reason: string;
}

/**
 * What the practitioner confirmed for billing a visit: diagnoses in order (pointer 1 is the first),
 * the service lines and the override reasons. Codes are as typed: checking them is
 * {@link checkCoding}'s job.
 *
 * Source: issue 19; clinical-notes §1.4–1.6.
 *
 * @example
 * const coding: ClaimCoding = { diagnoses: ['M99.03', 'M54.50'],
 *   lines: [{ code: '98940', modifiers: ['AT'], pointers: [1, 2], units: 1 }], overrides: [] };
 */
export interface ClaimCoding {
  readonly diagnoses: readonly string[];
  readonly lines: readonly ClaimLine[];
  readonly overrides: readonly ClaimOverride[];
}

/**
 * The schema of a {@link ClaimCoding}.
 *
 * Source: issue 19.
 *
 * @example
 * ClaimCodingSchema.parse({ diagnoses: [], lines: [], overrides: [] });
 */
export const ClaimCodingSchema = exactSchema<ClaimCoding>()(
  z.object({
    diagnoses: z.array(z.string()),
    lines: z.array(
      z.object({
        code: z.string(),
        modifiers: z.array(z.string()),
        pointers: z.array(z.number().int()),
        units: z.number().int(),
      }),
    ),
    overrides: z.array(z.object({ rule: z.string(), reason: z.string() })),
  }),
);
