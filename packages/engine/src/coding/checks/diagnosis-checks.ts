import type { ClaimCoding } from './claim-coding';
import { isSpinalCmt } from './claim-line-kind';
import type { CodingCheckContext } from './coding-check-context';
import { problem } from './coding-check-rules';
import type { CodingProblem } from './coding-problem';

// M99.00–M99.05: the only first diagnoses Medicare accepts on 98940–98942 (clinical-notes §1.6).
const cmtPrimary = /^M99\.0[0-5]$/;
const m99Segmental = /^M99\.0\d$/;

function pointers(coding: ClaimCoding): CodingProblem[] {
  return coding.lines.flatMap((line, i) => {
    const path = `lines.${i}.pointers`;
    const n = coding.diagnoses.length;
    const wrong: string[] = [];
    if (line.pointers.length === 0) wrong.push(`${line.code} points at no diagnosis.`);
    if (line.pointers.length > 4)
      wrong.push(`${line.code} points at ${line.pointers.length} diagnoses; at most 4.`);
    const outside = line.pointers.filter((p) => !Number.isInteger(p) || p < 1 || p > n);
    if (outside.length > 0)
      wrong.push(`Pointer ${outside.join(', ')} is outside the diagnoses listed (${n}).`);
    if (new Set(line.pointers).size !== line.pointers.length) wrong.push('A diagnosis is pointed at twice.');
    return wrong.map((w) => problem('line.pointers', path, w));
  });
}

/**
 * Why a diagnosis cannot lead a spinal CMT line, as the claim's first diagnosis or as the line's first
 * pointer: each wording whole, as the `coding` catalogue's templates hold it.
 */
function notPrimary(place: 'claim' | 'line', cmt: string, code: string | undefined): string {
  if (place === 'claim') {
    if (code === undefined)
      return `The first diagnosis for ${cmt} must be the subluxation (M99.00–M99.05) of a treated region; there is none.`;
    return cmtPrimary.test(code)
      ? `The first diagnosis for ${cmt} must be the subluxation (M99.00–M99.05) of a treated region; the region of ${code} was not treated with spinal CMT.`
      : `The first diagnosis for ${cmt} must be the subluxation (M99.00–M99.05) of a treated region; ${code} is not in M99.00–M99.05.`;
  }
  if (code === undefined)
    return `The first pointer of ${cmt} must name the subluxation (M99.00–M99.05) of a treated region; it names none.`;
  return cmtPrimary.test(code)
    ? `The first pointer of ${cmt} must name the subluxation (M99.00–M99.05) of a treated region; the region of ${code} was not treated with spinal CMT.`
    : `The first pointer of ${cmt} must name the subluxation (M99.00–M99.05) of a treated region; ${code} is not in M99.00–M99.05.`;
}

function cmtPrimaryDiagnosis(coding: ClaimCoding, spinalTreated: ReadonlySet<string>): CodingProblem[] {
  const fits = (code: string | undefined) =>
    code !== undefined && cmtPrimary.test(code) && spinalTreated.has(code);
  const out: CodingProblem[] = [];
  const first = coding.diagnoses[0];
  coding.lines.forEach((line, i) => {
    if (!isSpinalCmt(line.code)) return;
    if (!fits(first) && out.length === 0)
      out.push(problem('dx.cmt-primary', 'diagnoses.0', notPrimary('claim', line.code, first)));
    const own = line.pointers[0] === undefined ? undefined : coding.diagnoses[line.pointers[0] - 1];
    if (own !== first && line.pointers.length > 0 && !fits(own))
      out.push(problem('dx.cmt-primary', `lines.${i}.pointers`, notPrimary('line', line.code, own)));
  });
  return out;
}

/**
 * Checks the diagnoses against the lines and the regions treated: every line points at 1–4 listed
 * diagnoses; with 98940–98942 the first diagnosis (of the claim and of the line) is an M99.00–M99.05 for
 * a region treated with spinal CMT, and a secondary neuromusculoskeletal diagnosis is listed; each
 * M99.0x names a region treated this visit, and each spinal region billed has its M99.0x.
 *
 * Source: Medicare Benefit Policy Manual ch. 15 §240.1.2 (primary subluxation, secondary condition);
 * Claims Processing Manual ch. 12 §220 and ch. 26 §10.2 (item 24E); clinical-notes §1.4–1.6.
 *
 * @example
 * checkDiagnoses({ diagnoses: ['M54.50'], lines: [{ code: '98940', modifiers: ['AT'], pointers: [1], units: 1 }], overrides: [] },
 *   context).map((p) => p.rule); // ['dx.cmt-primary', 'dx.secondary-nms', 'dx.m99-regions-agree']
 */
export function checkDiagnoses(
  coding: ClaimCoding,
  context: Pick<CodingCheckContext, 'suggestion'>,
): CodingProblem[] {
  const suggested = context.suggestion?.diagnoses ?? [];
  const treated = new Set<string>(suggested.map((d) => d.code));
  const spinalTreated = new Set<string>(suggested.filter((d) => d.supportsSpinalCmt).map((d) => d.code));
  const billsSpinal = coding.lines.some((l) => isSpinalCmt(l.code));
  const out = [...pointers(coding), ...cmtPrimaryDiagnosis(coding, spinalTreated)];
  if (billsSpinal && coding.diagnoses.every((d) => d.startsWith('M99')))
    out.push(
      problem(
        'dx.secondary-nms',
        'diagnoses',
        'List the neuromusculoskeletal condition treated (e.g. M54.50 low back pain) after the subluxation.',
      ),
    );
  coding.diagnoses.forEach((code, i) => {
    if (m99Segmental.test(code) && !treated.has(code))
      out.push(
        problem(
          'dx.m99-regions-agree',
          `diagnoses.${i}`,
          `The region of ${code} was not treated this visit.`,
        ),
      );
  });
  if (billsSpinal) {
    const missing = [...spinalTreated].filter((code) => !coding.diagnoses.includes(code));
    if (missing.length > 0)
      out.push(
        problem(
          'dx.m99-regions-agree',
          'diagnoses',
          `Missing ${missing.join(', ')}: each spinal region treated needs its M99.0x code.`,
        ),
      );
  }
  return out;
}
