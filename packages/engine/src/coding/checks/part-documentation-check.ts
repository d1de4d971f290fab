import { cptSpinalRegionOfSegment } from '../cpt-region';
import type { ClaimCoding } from './claim-coding';
import { isSpinalCmt } from './claim-line-kind';
import type { CodingCheckContext, SubluxationImaging } from './coding-check-context';
import { problem } from './coding-check-rules';
import type { CodingProblem } from './coding-problem';

/** `YYYY-MM-DD` moved by whole months (day clamped to the month's end), for the X-ray window. */
function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * Whether an X-ray is "reasonably proximate" to the start of the course of treatment: taken no more than
 * 12 months before or 3 months after it.
 *
 * Source: Medicare Benefit Policy Manual ch. 15 §240.1.2 (clinical-notes §1.1).
 *
 * @example
 * xrayInWindow('2025-03-01', '2026-02-01'); // true (11 months before)
 * xrayInWindow('2026-05-02', '2026-02-01'); // false (more than 3 months after)
 */
export function xrayInWindow(xrayDate: string, courseStart: string): boolean {
  return xrayDate >= addMonths(courseStart, -12) && xrayDate <= addMonths(courseStart, 3);
}

function documentedByImaging(
  segment: Parameters<typeof cptSpinalRegionOfSegment>[0],
  imaging: readonly SubluxationImaging[],
  courseStart: string,
): boolean {
  const region = cptSpinalRegionOfSegment(segment);
  return imaging.some(
    (x) => x.showsSubluxation && x.regions.includes(region) && xrayInWindow(x.date, courseStart),
  );
}

/**
 * With a spinal CMT code billed, checks that each treated segment's subluxation is documented: PART
 * passes there (2 of P, A, R, T, one of them A or R), or an X-ray on file shows the subluxation in that
 * region, taken up to 12 months before or 3 months after the start of the course of treatment (the
 * visit's date when no course start is known). One problem per undocumented segment; overridable with
 * a written reason, as a clinical judgement.
 *
 * Source: Medicare Benefit Policy Manual ch. 15 §240.1.2; clinical-notes §1.1.
 *
 * @example
 * checkSubluxationDocumented(coding, context).map((p) => p.message); // ['PART is not met at L5: Needs A or R. …']
 */
export function checkSubluxationDocumented(
  coding: ClaimCoding,
  context: Pick<CodingCheckContext, 'suggestion' | 'imaging' | 'courseStart' | 'dateOfService'>,
): CodingProblem[] {
  const line = coding.lines.findIndex((l) => isSpinalCmt(l.code));
  if (line === -1 || context.suggestion === null) return [];
  const courseStart = context.courseStart ?? context.dateOfService;
  return context.suggestion.partChecks
    .filter((c) => !c.passed && !documentedByImaging(c.segment, context.imaging, courseStart))
    .map((c) =>
      problem(
        'part.documented',
        `lines.${line}.code`,
        c.letters.length === 0
          ? `PART is not met at ${c.segment} (no letters), and no X-ray on file shows it within 12 months before or 3 months after the course start (${courseStart}).`
          : `PART is not met at ${c.segment} (${c.letters.join(', ')}), and no X-ray on file shows it within 12 months before or 3 months after the course start (${courseStart}).`,
      ),
    );
}
