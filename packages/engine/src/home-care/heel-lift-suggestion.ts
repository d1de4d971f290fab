import { z } from 'zod';
import type { Finding } from '../findings/finding';
import { exactSchema } from '../exact-schema';

/**
 * A heel-lift suggestion for a measured anatomical short leg.
 *
 * Source: REFERENCE §6 (Blum, icakusa "Anatomical short legs and SOT").
 *
 * @example
 * const s: HeelLiftSuggestion = { side: 'R', differenceMm: 8, startMm: 4, message: '…', certainty: 'sourced', sources: ['blum-short-legs'] };
 */
export interface HeelLiftSuggestion {
  readonly side: 'L' | 'R';
  readonly differenceMm: number;
  /** Half the measured difference, in millimetres, rounded to 0.1 mm. */
  readonly startMm: number;
  readonly message: string;
  readonly certainty: 'sourced';
  readonly sources: readonly string[];
}

/**
 * The schema of a {@link HeelLiftSuggestion}, as the API answers it inside a visit's engine result.
 *
 * Source: REFERENCE §6.
 *
 * @example
 * HeelLiftSuggestionSchema.parse({ side: 'R', differenceMm: 8, startMm: 4, message: '…', certainty: 'sourced', sources: ['blum-short-legs'] });
 */
export const HeelLiftSuggestionSchema = exactSchema<HeelLiftSuggestion>()(
  z.object({
    side: z.enum(['L', 'R']),
    differenceMm: z.number(),
    startMm: z.number(),
    message: z.string(),
    certainty: z.literal('sourced'),
    sources: z.array(z.string()),
  }),
);

/**
 * Suggests a heel lift only when an `anatomical_leg_difference` is recorded with a side and a size:
 * start at half the difference under the short leg, for a symptomatic anatomical short leg or after
 * a leg fracture, raised only if SOT indicators improve. Never from `leg_check` (a functional short
 * leg). The pre-check finding is used when both phases hold one.
 *
 * Source: REFERENCE §6.
 *
 * @example
 * heelLiftSuggestion([{ indicator: 'anatomical_leg_difference', phase: 'pre', side: 'R', mm: 8 }])?.startMm; // 4
 * heelLiftSuggestion([{ indicator: 'leg_check', phase: 'pre', side: 'R', mm: 8 }]); // null
 */
export function heelLiftSuggestion(findings: readonly Finding[]): HeelLiftSuggestion | null {
  const recorded = findings.filter((f) => f.indicator === 'anatomical_leg_difference');
  const finding = recorded.find((f) => f.phase === 'pre') ?? recorded.find((f) => f.phase === 'post');
  if (finding === undefined || (finding.side !== 'L' && finding.side !== 'R')) return null;
  if (finding.mm === undefined || finding.mm <= 0) return null;
  const startMm = Math.round(finding.mm * 5) / 10;
  return {
    side: finding.side,
    differenceMm: finding.mm,
    startMm,
    message:
      `Measured anatomical short leg (${finding.side}, ${finding.mm} mm): if it is symptomatic, or after a leg fracture, ` +
      `consider a heel lift under the ${finding.side} heel starting at ${startMm} mm (half the difference), ` +
      'raised only if SOT indicators improve. Not for a functional short leg.',
    certainty: 'sourced',
    sources: ['blum-short-legs'],
  };
}
