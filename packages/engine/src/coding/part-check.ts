import { z } from 'zod';
import type { PartLetter } from '../protocol/indicator-spec';
import { exactSchema } from '../exact-schema';
import type { CodingRule } from './coding-rule';

const partLetters: readonly PartLetter[] = ['P', 'A', 'R', 'T'];

/**
 * The rule a PART check applies: subluxation shown by physical exam needs at least 2 of the 4 PART
 * findings, one of them A (asymmetry/misalignment) or R (range-of-motion abnormality).
 *
 * Source: CMS Benefit Policy Manual ch.15 §240.1.2 as summarised in clinical-notes §1.1; REFERENCE §8.
 *
 * @example
 * partRule.id; // 'part.two-of-four-with-a-or-r'
 */
export const partRule: CodingRule = {
  id: 'part.two-of-four-with-a-or-r',
  text: 'Subluxation by physical exam (PART): at least 2 of P, A, R, T at the segment, one of them A or R.',
  source:
    'CMS Benefit Policy Manual ch.15 §240.1.2 (PART), as summarised by AAPC and chiro.org (clinical-notes §1.1); REFERENCE §8',
};

/**
 * What a segment's PART letters still lack: `needsAOrR` when neither A nor R was found, and
 * `moreLetters`, how many further letters (any of P, A, R, T not yet found) are needed besides that.
 *
 * Source: clinical-notes §1.1.
 *
 * @example
 * const gap: PartGap = { needsAOrR: true, moreLetters: 1 }; // nothing found yet
 */
export interface PartGap {
  readonly needsAOrR: boolean;
  readonly moreLetters: number;
}

/**
 * The schema of a {@link PartGap}.
 *
 * Source: clinical-notes §1.1.
 *
 * @example
 * PartGapSchema.parse({ needsAOrR: true, moreLetters: 1 });
 */
export const PartGapSchema = exactSchema<PartGap>()(
  z.object({ needsAOrR: z.boolean(), moreLetters: z.number().int().min(0) }),
);

/**
 * Checks one segment's PART letters against {@link partRule} and says what is missing, in the order
 * a practitioner would add them: first A or R if neither is there, then any further letter.
 *
 * Source: clinical-notes §1.1; REFERENCE §8.
 *
 * @example
 * checkPartLetters(['P', 'A']); // { passed: true, missing: { needsAOrR: false, moreLetters: 0 }, summary: 'PART documented.' }
 * checkPartLetters(['P', 'T']); // { passed: false, missing: { needsAOrR: true, moreLetters: 0 }, summary: 'Needs A or R.' }
 * checkPartLetters(['A']).summary; // 'Needs one more letter (P, R or T).'
 */
export function checkPartLetters(letters: readonly PartLetter[]): {
  readonly passed: boolean;
  readonly missing: PartGap;
  readonly summary: string;
} {
  const found = new Set(letters);
  const needsAOrR = !found.has('A') && !found.has('R');
  const moreLetters = Math.max(0, 2 - found.size - (needsAOrR ? 1 : 0));
  const passed = !needsAOrR && moreLetters === 0;
  const wants: string[] = [];
  if (needsAOrR) wants.push('A or R');
  if (moreLetters > 0) {
    const open = partLetters.filter((letter) => !found.has(letter));
    const choices = `${open.slice(0, -1).join(', ')} or ${open[open.length - 1] ?? ''}`;
    wants.push(`${moreLetters === 1 ? 'one more letter' : `${moreLetters} more letters`} (${choices})`);
  }
  return {
    passed,
    missing: { needsAOrR, moreLetters },
    summary: passed ? 'PART documented.' : `Needs ${wants.join(' and ')}.`,
  };
}
