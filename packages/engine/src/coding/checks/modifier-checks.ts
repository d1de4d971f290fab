import type { ClaimCoding } from './claim-coding';
import { isSpinalCmt } from './claim-line-kind';
import type { CodingCheckContext } from './coding-check-context';
import { problem } from './coding-check-rules';
import type { CodingProblem } from './coding-problem';

// Modifiers a chiropractic claim commonly carries: liability (GA, GX, GY, GZ), AT, therapy (GP, KX),
// distinct or separate services (25, 59, XE, XP, XS, XU), reduced/repeat (51, 52, 76, 77),
// telehealth (95, GT), side (RT, LT, 50) and catastrophe (CR).
const knownModifiers = new Set([
  'AT',
  'GA',
  'GX',
  'GY',
  'GZ',
  'GP',
  'KX',
  '25',
  '59',
  'XE',
  'XP',
  'XS',
  'XU',
  '51',
  '52',
  '76',
  '77',
  '95',
  'GT',
  'RT',
  'LT',
  '50',
  'CR',
]);

/**
 * Checks each line's modifiers against the care phase, the ABN and the payer: AT only on 98940–98942 in
 * active care (and, for Medicare, required there); AT and GA never together; GA only with an ABN on file
 * dated on or before the visit; for Medicare maintenance care without an ABN, GZ on 98940–98942 (and no
 * GZ when an ABN is on file); for Medicare, GY on 98943; a modifier SOT Chart does not know is a warning.
 *
 * Source: Medicare Benefit Policy Manual ch. 15 §240; Claims Processing Manual ch. 12 §220 and ch. 30 §50;
 * clinical-notes §1.4.
 *
 * @example
 * checkModifiers({ diagnoses: [], lines: [{ code: '98940', modifiers: ['AT', 'GA'], pointers: [], units: 1 }], overrides: [] },
 *   context).some((p) => p.rule === 'modifier.at-ga-together'); // true
 */
export function checkModifiers(
  coding: ClaimCoding,
  context: Pick<CodingCheckContext, 'phase' | 'abnDate' | 'medicare' | 'dateOfService'>,
): CodingProblem[] {
  const abnOnFile = context.abnDate !== null && context.abnDate <= context.dateOfService;
  return coding.lines.flatMap((line, i) => {
    const path = `lines.${i}.modifiers`;
    const has = (m: string) => line.modifiers.includes(m);
    const spinal = isSpinalCmt(line.code);
    const out: CodingProblem[] = [];
    if (has('AT') && !spinal)
      out.push(problem('modifier.at-active-care', path, `AT goes on 98940–98942 only, not on ${line.code}.`));
    if (has('AT') && spinal && context.phase === 'maintenance')
      out.push(
        problem(
          'modifier.at-active-care',
          path,
          'AT is for active care; this episode is in maintenance care.',
        ),
      );
    if (context.medicare && spinal && context.phase === 'active' && !has('AT'))
      out.push(
        problem('modifier.at-required', path, `Medicare denies ${line.code} in active care without AT.`),
      );
    if (has('AT') && has('GA'))
      out.push(problem('modifier.at-ga-together', path, 'AT and GA may not be on one line.'));
    if (has('GA') && !abnOnFile)
      out.push(
        problem(
          'modifier.ga-needs-abn',
          path,
          context.abnDate === null
            ? 'GA needs an ABN on file for the episode; none is recorded.'
            : `GA needs an ABN dated on or before the visit; the ABN on file is dated ${context.abnDate}.`,
        ),
      );
    if (has('GZ') && abnOnFile)
      out.push(
        problem('modifier.gz-without-abn', path, 'GZ says no ABN was given, but one is on file; use GA.'),
      );
    if (context.medicare && spinal && context.phase === 'maintenance' && !abnOnFile && !has('GZ'))
      out.push(
        problem(
          'modifier.gz-without-abn',
          path,
          `Maintenance care without an ABN: Medicare expects GZ on ${line.code}.`,
        ),
      );
    if (context.medicare && line.code === '98943' && !has('GY'))
      out.push(problem('modifier.gy-extraspinal', path, 'Medicare excludes 98943 by statute: add GY.'));
    for (const m of line.modifiers)
      if (!knownModifiers.has(m))
        out.push(problem('modifier.known', path, `${m} is not a modifier SOT Chart knows.`));
    return out;
  });
}
