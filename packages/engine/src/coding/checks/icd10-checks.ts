import type { ClaimCoding } from './claim-coding';
import type { CodingCheckContext } from './coding-check-context';
import { problem, type CodingRuleId } from './coding-check-rules';
import type { CodingProblem } from './coding-problem';
import { icd10CodeList, type Icd10Entry } from './icd10-code-list';

// Letter (not U, reserved for special purposes), digit, then digit or letter; optional dot and 1–4 more.
const icd10Format = /^[A-TV-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/;

/**
 * The fiscal year a date falls in: 1 October starts the next year's (2021-10-01 is FY2022).
 *
 * Source: ICD-10-CM annual updates take effect each 1 October (CMS ICD-10-CM files).
 *
 * @example
 * fiscalYearOf('2021-09-30'); // 2021
 * fiscalYearOf('2021-10-01'); // 2022
 */
export function fiscalYearOf(date: string): number {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= 10 ? year + 1 : year;
}

const billableIn = (entry: Icd10Entry, fy: number) =>
  fy >= (entry.firstFiscalYear ?? 2016) && fy <= (entry.lastFiscalYear ?? Number.POSITIVE_INFINITY);

function checkOne(code: string, path: string, fy: number, clinicCodes: ReadonlySet<string>): CodingProblem[] {
  const at = (id: CodingRuleId, message: string) => [problem(id, path, message)];
  if (!icd10Format.test(code))
    return at(
      'icd10.format',
      code === '' ? 'An empty diagnosis is not an ICD-10-CM code.' : `${code} is not an ICD-10-CM code.`,
    );
  if (clinicCodes.has(code)) return [];
  const entry = icd10CodeList.find((e) => e.code === code);
  if (entry !== undefined) {
    if (billableIn(entry, fy)) return [];
    const successors = icd10CodeList.filter(
      (e) => e.code.startsWith(code) && e.code !== code && billableIn(e, fy),
    );
    const from = `${fy - 1}-10-01`;
    const to = `${fy}-09-30`;
    return at(
      'icd10.billable-on-date',
      successors.length === 0
        ? `${code} is not billable in fiscal year ${fy} (${from} to ${to}).`
        : `${code} is not billable in fiscal year ${fy} (${from} to ${to}); use ${successors.map((e) => e.code).join(', ')}.`,
    );
  }
  const narrower = icd10CodeList.filter((e) => e.code.startsWith(code) && billableIn(e, fy));
  if (narrower.length > 0)
    return at(
      'icd10.billable-on-date',
      `${code} is a category, not a billable code; use a complete code such as ${narrower
        .slice(0, 3)
        .map((e) => e.code)
        .join(', ')}.`,
    );
  return at(
    'icd10.known',
    `${code} is not in the chiropractic code list or the clinic's codes; check it is billable.`,
  );
}

/**
 * Checks each confirmed diagnosis: ICD-10-CM format (a malformed code is an error that cannot be
 * overridden), billable in the fiscal year of the date of service (e.g. M54.5 until 2021-09-30, then
 * M54.50/M54.51/M54.59), and known to the chiropractic list or the clinic's codes (else a warning).
 *
 * Source: ICD-10-CM code set by fiscal year; HIPAA code set rule (45 CFR 162.1002); clinical-notes §1.6.
 *
 * @example
 * checkDiagnosisCodes({ diagnoses: ['M54.5'], lines: [], overrides: [] }, context)[0]?.rule; // 'icd10.billable-on-date' for 2026
 */
export function checkDiagnosisCodes(
  coding: ClaimCoding,
  context: Pick<CodingCheckContext, 'dateOfService' | 'clinicDiagnoses'>,
): CodingProblem[] {
  const fy = fiscalYearOf(context.dateOfService);
  const clinicCodes = new Set(context.clinicDiagnoses.map((c) => c.trim().toUpperCase()));
  return coding.diagnoses.flatMap((code, i) => checkOne(code, `diagnoses.${i}`, fy, clinicCodes));
}
