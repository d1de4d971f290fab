import type { CodingProblem } from './coding-problem';

const bpm240 = 'Medicare Benefit Policy Manual ch. 15 §240.1.2';
const cpm220 = 'Medicare Claims Processing Manual ch. 12 §220';
const cpm30 = 'Medicare Claims Processing Manual ch. 30 §50';

/**
 * One coding check: its stable id, whether a problem it finds blocks signing (`error`) or informs
 * (`warning`), whether a written reason may override it, what it requires, and its source. Only rules
 * of clinical or payer judgement are overridable; a malformed or self-contradictory code never is.
 *
 * Source: issue 19; clinical-notes §1.1, §1.4–1.6.
 *
 * @example
 * const rule: CodingCheckRule = codingCheckRules['part.documented'];
 */
export interface CodingCheckRule {
  readonly id: string;
  readonly severity: CodingProblem['severity'];
  readonly overridable: boolean;
  readonly text: string;
  readonly source: string;
}

const rule = (
  id: string,
  severity: CodingProblem['severity'],
  overridable: boolean,
  text: string,
  source: string,
): CodingCheckRule => ({ id, severity, overridable, text, source });

/**
 * Every coding check, by id. docs/interop.md ("Coding checks") lists the same table.
 *
 * Source: Medicare Benefit Policy Manual ch. 15 §240; Claims Processing Manual ch. 12 §220, ch. 26
 * §10.2 (item 24E) and ch. 30 §50; the ICD-10-CM code set by fiscal year; clinical-notes §1.1, §1.4–1.6.
 *
 * @example
 * codingCheckRules['modifier.at-ga-together'].overridable; // false
 */
export const codingCheckRules = {
  'icd10.format': rule(
    'icd10.format',
    'error',
    false,
    'A diagnosis is an ICD-10-CM code: a letter (not U), two characters, then a dot and 1–4 more.',
    'ICD-10-CM Official Guidelines for Coding and Reporting, section I.A; HIPAA code set (45 CFR 162.1002)',
  ),
  'icd10.billable-on-date': rule(
    'icd10.billable-on-date',
    'error',
    false,
    'A diagnosis must be a billable (complete) ICD-10-CM code in the code set of the fiscal year (1 October – 30 September) of the date of service.',
    'ICD-10-CM code set by fiscal year (CMS ICD-10-CM files); HIPAA code set (45 CFR 162.1002); clinical-notes §1.6',
  ),
  'icd10.known': rule(
    'icd10.known',
    'warning',
    false,
    "A diagnosis outside SOT Chart's chiropractic code list and the clinic's own codes is not checked further; confirm it is billable.",
    'ICD-10-CM code set by fiscal year (CMS ICD-10-CM files)',
  ),
  'cpt.format': rule(
    'cpt.format',
    'error',
    false,
    'A service code is a 5-digit CPT code or an HCPCS code (a letter and 4 digits).',
    `${cpm220}; CMS-1500 item 24D`,
  ),
  'cpt.cmt-region-count': rule(
    'cpt.cmt-region-count',
    'error',
    false,
    '98940 (1–2), 98941 (3–4) and 98942 (5) must match the number of spinal regions treated; 98943 needs an extraspinal region treated.',
    `${cpm220}; ${bpm240}; CPT CMT region definitions (clinical-notes §1.5)`,
  ),
  'cpt.one-cmt-per-visit': rule(
    'cpt.one-cmt-per-visit',
    'error',
    false,
    'One spinal CMT code (98940–98942) per visit, on one line with 1 unit; 98943 may be billed beside it, also once.',
    `${cpm220}; clinical-notes §1.5`,
  ),
  'cpt.fee-schedule': rule(
    'cpt.fee-schedule',
    'error',
    true,
    "A code other than a CMT code must be on the clinic's fee schedule (a warning while the clinic has none).",
    `${cpm220} (services billed as charged); issue 19`,
  ),
  'part.documented': rule(
    'part.documented',
    'error',
    true,
    'With a spinal CMT code, each treated segment shows the subluxation: PART (2 of P, A, R, T, one of them A or R) or an X-ray showing it, taken up to 12 months before or 3 months after the start of the course of treatment.',
    `${bpm240} (PART and X-ray); clinical-notes §1.1`,
  ),
  'dx.cmt-primary': rule(
    'dx.cmt-primary',
    'error',
    false,
    'With 98940–98942, the first diagnosis of the claim and of the line is an M99.00–M99.05 code for a region treated with spinal CMT.',
    `${bpm240} (primary diagnosis: subluxation); ${cpm220}; Medicare claim edit (clinical-notes §1.6)`,
  ),
  // A warning: which secondary codes must pair with which M99.0x differs by MAC (each LCD's tables).
  'dx.secondary-nms': rule(
    'dx.secondary-nms',
    'warning',
    false,
    'With 98940–98942, a secondary neuromusculoskeletal diagnosis (not M99) goes with the subluxation.',
    `${bpm240} (secondary diagnosis); Palmetto GBA (clinical-notes §1.4)`,
  ),
  'dx.m99-regions-agree': rule(
    'dx.m99-regions-agree',
    'error',
    true,
    'Each M99.0x code names a region treated this visit, and each spinal region billed with CMT has its M99.0x code.',
    `${bpm240}; clinical-notes §1.5–1.6`,
  ),
  'line.pointers': rule(
    'line.pointers',
    'error',
    false,
    'Each line points at 1 to 4 diagnoses of the list, each once.',
    'Medicare Claims Processing Manual ch. 26 §10.2 (item 24E); CMS-1500 (02/12)',
  ),
  'modifier.at-active-care': rule(
    'modifier.at-active-care',
    'error',
    false,
    'AT goes only on 98940–98942 in active (corrective) care, never in maintenance care.',
    `${bpm240}; ${cpm220}; clinical-notes §1.4`,
  ),
  'modifier.at-required': rule(
    'modifier.at-required',
    'error',
    true,
    'For Medicare, 98940–98942 in active care carry AT; Medicare denies them without it.',
    `${cpm220}; clinical-notes §1.4`,
  ),
  'modifier.at-ga-together': rule(
    'modifier.at-ga-together',
    'error',
    false,
    'AT and GA are never on one line (rejected for dates of service from 1 November 2015).',
    `${cpm220}; ${cpm30}; clinical-notes §1.4`,
  ),
  'modifier.ga-needs-abn': rule(
    'modifier.ga-needs-abn',
    'error',
    false,
    'GA needs an ABN on file for the episode, dated on or before the visit.',
    `${cpm30}; clinical-notes §1.4`,
  ),
  'modifier.gz-without-abn': rule(
    'modifier.gz-without-abn',
    'warning',
    false,
    'For Medicare maintenance care without an ABN, 98940–98942 carry GZ; GZ is wrong when an ABN is on file.',
    `${cpm30}; clinical-notes §1.4`,
  ),
  'modifier.gy-extraspinal': rule(
    'modifier.gy-extraspinal',
    'warning',
    false,
    'For Medicare, 98943 carries GY: it is excluded by statute.',
    `${cpm220}; ${cpm30}; clinical-notes §1.4–1.5`,
  ),
  'modifier.known': rule(
    'modifier.known',
    'warning',
    false,
    'A modifier outside the list SOT Chart knows is not checked further; confirm the payer accepts it.',
    'HCPCS Level II and CPT modifier lists; CMS-1500 item 24D',
  ),
} as const satisfies Record<string, CodingCheckRule>;

/**
 * The id of one coding check.
 *
 * Source: issue 19.
 *
 * @example
 * const id: CodingRuleId = 'part.documented';
 */
export type CodingRuleId = keyof typeof codingCheckRules;

/**
 * A problem found by the check `id`, at `path`, in the check's own severity and overridability.
 *
 * Source: issue 19.
 *
 * @example
 * problem('modifier.at-ga-together', 'lines.0.modifiers', 'AT and GA on one line.');
 */
export function problem(id: CodingRuleId, path: string, message: string): CodingProblem {
  const r = codingCheckRules[id];
  return { rule: r.id, path, severity: r.severity, overridable: r.overridable, message, source: r.source };
}

/**
 * A problem reported as a warning although its rule is an error, where the check cannot be made (e.g.
 * no fee schedule to compare with): it informs and never blocks, so it is not overridable either.
 *
 * Source: issue 19 (fee-schedule rule: a warning while the clinic has none).
 *
 * @example
 * warning('cpt.fee-schedule', 'lines.1.code', '97140 cannot be checked: the clinic has no fee schedule.');
 */
export function warning(id: CodingRuleId, path: string, message: string): CodingProblem {
  return { ...problem(id, path, message), severity: 'warning', overridable: false };
}
