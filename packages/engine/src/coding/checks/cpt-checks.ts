import { spinalCmtCode } from '../cmt-code';
import type { ClaimCoding } from './claim-coding';
import { isCmt, isSpinalCmt } from './claim-line-kind';
import type { CodingCheckContext } from './coding-check-context';
import { problem, warning } from './coding-check-rules';
import type { CodingProblem } from './coding-problem';

const cptFormat = /^(\d{5}|[A-Z]\d{4})$/;

function regionCount(coding: ClaimCoding, context: Pick<CodingCheckContext, 'suggestion'>): CodingProblem[] {
  const spinal = context.suggestion?.spinalRegions ?? [];
  const extraspinal = context.suggestion?.extraspinalRegions ?? [];
  const expected = spinalCmtCode(spinal.length);
  // Each wording is a template of the `coding` catalogue, so the server can answer it in any language.
  const misfit = (code: string) =>
    expected === null
      ? `${code} does not fit: no spinal region was treated.`
      : spinal.length === 1
        ? `${code} does not fit: 1 spinal region was treated, which is ${expected}.`
        : `${code} does not fit: ${spinal.length} spinal regions were treated, which is ${expected}.`;
  return coding.lines.flatMap((line, i) => {
    if (isSpinalCmt(line.code) && line.code !== expected)
      return [problem('cpt.cmt-region-count', `lines.${i}.code`, misfit(line.code))];
    if (line.code === '98943' && extraspinal.length === 0)
      return [
        problem(
          'cpt.cmt-region-count',
          `lines.${i}.code`,
          '98943 needs an extraspinal region treated; none was.',
        ),
      ];
    return [];
  });
}

function onePerVisit(coding: ClaimCoding): CodingProblem[] {
  const out: CodingProblem[] = [];
  let spinalSeen = false;
  let extraspinalSeen = false;
  coding.lines.forEach((line, i) => {
    if (isSpinalCmt(line.code)) {
      if (spinalSeen)
        out.push(
          problem(
            'cpt.one-cmt-per-visit',
            `lines.${i}.code`,
            'Only one spinal CMT code (98940–98942) per visit.',
          ),
        );
      spinalSeen = true;
    }
    if (line.code === '98943') {
      if (extraspinalSeen)
        out.push(problem('cpt.one-cmt-per-visit', `lines.${i}.code`, '98943 is billed once per visit.'));
      extraspinalSeen = true;
    }
    if (isCmt(line.code) && line.units !== 1)
      out.push(problem('cpt.one-cmt-per-visit', `lines.${i}.units`, `${line.code} is billed with 1 unit.`));
  });
  return out;
}

function feeSchedule(
  coding: ClaimCoding,
  context: Pick<CodingCheckContext, 'feeScheduleCodes'>,
): CodingProblem[] {
  const codes = context.feeScheduleCodes === null ? null : new Set(context.feeScheduleCodes);
  return coding.lines.flatMap((line, i) => {
    if (isCmt(line.code) || !cptFormat.test(line.code)) return [];
    const path = `lines.${i}.code`;
    // Without a schedule there is nothing to compare with: a reminder, not a refusal.
    if (codes === null)
      return [
        warning('cpt.fee-schedule', path, `${line.code} cannot be checked: the clinic has no fee schedule.`),
      ];
    return codes.has(line.code)
      ? []
      : [problem('cpt.fee-schedule', path, `${line.code} is not on the clinic's fee schedule.`)];
  });
}

/**
 * Checks the service lines: the code's format (5-digit CPT or HCPCS), the CMT code against the regions
 * treated (98940 1–2, 98941 3–4, 98942 5 spinal regions; 98943 an extraspinal region), one spinal CMT
 * code per visit with 1 unit (98943 beside it, once), and any other code against the clinic's fee
 * schedule (an overridable error; a warning while the clinic has no schedule).
 *
 * Source: Medicare Claims Processing Manual ch. 12 §220; Benefit Policy Manual ch. 15 §240; clinical-notes §1.5.
 *
 * @example
 * checkServiceCodes({ diagnoses: [], lines: [{ code: '98942', modifiers: [], pointers: [1], units: 1 }], overrides: [] },
 *   context)[0]?.rule; // 'cpt.cmt-region-count' when 4 regions were treated
 */
export function checkServiceCodes(
  coding: ClaimCoding,
  context: Pick<CodingCheckContext, 'suggestion' | 'feeScheduleCodes'>,
): CodingProblem[] {
  const format = coding.lines.flatMap((line, i) =>
    cptFormat.test(line.code)
      ? []
      : [problem('cpt.format', `lines.${i}.code`, `${line.code} is not a CPT or HCPCS code.`)],
  );
  return [
    ...format,
    ...regionCount(coding, context),
    ...onePerVisit(coding),
    ...feeSchedule(coding, context),
  ];
}
