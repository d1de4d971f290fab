import type { ClaimCoding, ClaimOverride } from './claim-coding';
import type { CodingCheckContext } from './coding-check-context';
import type { CodingProblem } from './coding-problem';
import { checkServiceCodes } from './cpt-checks';
import { checkDiagnoses } from './diagnosis-checks';
import { checkDiagnosisCodes } from './icd10-checks';
import { checkModifiers } from './modifier-checks';
import { checkSubluxationDocumented } from './part-documentation-check';

/**
 * Checks a visit's confirmed coding before it is billed: ICD-10-CM format and validity on the date of
 * service, CPT codes against the regions treated and the fee schedule, the subluxation documented per
 * treated segment (PART or X-ray), the diagnoses against the lines and the regions, and the modifiers
 * against the care phase, ABN and payer. Pure; returns every problem, errors and warnings, in the order
 * diagnoses, lines, documentation, diagnoses-to-lines, modifiers. Overrides are not applied here: see
 * {@link blockingProblems}.
 *
 * Source: Medicare Benefit Policy Manual ch. 15 §240; Claims Processing Manual ch. 12 §220, ch. 30 §50;
 * clinical-notes §1.1, §1.4–1.6; issue 19.
 *
 * @example
 * checkCoding({ diagnoses: ['XYZ'], lines: [], overrides: [] }, context)[0]?.rule; // 'icd10.format'
 */
export function checkCoding(coding: ClaimCoding, context: CodingCheckContext): CodingProblem[] {
  return [
    ...checkDiagnosisCodes(coding, context),
    ...checkServiceCodes(coding, context),
    ...checkSubluxationDocumented(coding, context),
    ...checkDiagnoses(coding, context),
    ...checkModifiers(coding, context),
  ];
}

/**
 * The problems that stop a visit being signed: every error, except an overridable one whose rule has
 * a written override reason. Warnings never block.
 *
 * Source: issue 19 (override only for a rule marked overridable, with a written reason).
 *
 * @example
 * blockingProblems(checkCoding(coding, context), coding.overrides).length === 0; // may be signed
 */
export function blockingProblems(
  problems: readonly CodingProblem[],
  overrides: readonly ClaimOverride[],
): CodingProblem[] {
  const reasoned = new Set(overrides.filter((o) => o.reason.trim() !== '').map((o) => o.rule));
  return problems.filter((p) => p.severity === 'error' && !(p.overridable && reasoned.has(p.rule)));
}
