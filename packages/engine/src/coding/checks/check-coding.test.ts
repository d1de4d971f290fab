import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CodingInput } from '../coding-input';
import { suggestCoding, type CodingSuggestion } from '../suggest-coding';
import { blockingProblems, checkCoding } from './check-coding';
import type { ClaimCoding, ClaimLine, ClaimOverride } from './claim-coding';
import type { CodingCheckContext } from './coding-check-context';

const bpm = 'Medicare Benefit Policy Manual ch. 15 §240.1.2';
const cpm12 = 'Medicare Claims Processing Manual ch. 12 §220';
const cpm30 = 'Medicare Claims Processing Manual ch. 30 §50';
const icd = 'ICD-10-CM code set by fiscal year';

function suggestion(over: Partial<CodingInput> = {}): CodingSuggestion {
  // L5 and SA adjusted with PART met: two spinal regions (lumbar, sacral), so 98940.
  const result = suggestCoding({
    adjustedSegments: [
      { segment: 'L5', part: ['P', 'A'] },
      { segment: 'SA', part: ['P', 'R'] },
    ],
    blocking: null,
    cranial: false,
    extraspinalRegions: [],
    phase: 'active',
    abnOnFile: false,
    ...over,
  });
  assert.ok(result.ok);
  return result.value;
}

const baseContext: CodingCheckContext = {
  dateOfService: '2026-03-02',
  suggestion: suggestion(),
  phase: 'active',
  courseStart: '2026-02-01',
  abnDate: null,
  medicare: true,
  imaging: [],
  clinicDiagnoses: [],
  feeScheduleCodes: ['97140'],
};

const cmt = (over: Partial<ClaimLine> = {}): ClaimLine => ({
  code: '98940',
  modifiers: ['AT'],
  pointers: [1, 2, 3],
  units: 1,
  ...over,
});
const coding = (
  lines: readonly ClaimLine[] = [cmt()],
  diagnoses: readonly string[] = ['M99.03', 'M99.04', 'M54.50'],
  overrides: readonly ClaimOverride[] = [],
): ClaimCoding => ({ diagnoses, lines, overrides });
const reason = (rule: string): ClaimOverride[] => [
  { rule, reason: 'Clinical judgement recorded in the note.' },
];

type Outcome = 'refused' | 'warned' | 'accepted';

interface Row {
  readonly name: string;
  readonly source: string;
  readonly coding: ClaimCoding;
  readonly context?: Partial<CodingCheckContext>;
  readonly outcome: Outcome;
  /** The rule the problem names (none when accepted without a problem). */
  readonly rule: string | null;
}

const maintenance = { phase: 'maintenance', suggestion: suggestion({ phase: 'maintenance' }) } as const;
const withHead = { suggestion: suggestion({ cranial: true }) };
const head98943 = (modifiers: string[]) =>
  coding(
    [cmt(), { code: '98943', modifiers, pointers: [4], units: 1 }],
    ['M99.03', 'M99.04', 'M54.50', 'M99.00'],
  );
const failingPart = {
  suggestion: suggestion({
    adjustedSegments: [
      { segment: 'L5', part: ['P'] },
      { segment: 'SA', part: ['P', 'R'] },
    ],
  }),
};
const lumbarFilm = (date: string) => ({
  imaging: [{ date, showsSubluxation: true, regions: ['lumbar' as const] }],
});

const rows: Row[] = [
  { name: 'a correct coding', source: `${bpm}; ${cpm12}`, coding: coding(), outcome: 'accepted', rule: null },
  // ICD-10-CM
  {
    name: 'a malformed diagnosis (XYZ)',
    source: icd,
    coding: coding([cmt()], ['M99.03', 'M99.04', 'M54.50', 'XYZ']),
    outcome: 'refused',
    rule: 'icd10.format',
  },
  {
    name: 'a malformed diagnosis even with a reason given',
    source: icd,
    coding: coding([cmt()], ['M99.03', 'M99.04', 'M54.50', 'XYZ'], reason('icd10.format')),
    outcome: 'refused',
    rule: 'icd10.format',
  },
  {
    name: 'M54.5 after it was split on 2021-10-01',
    source: icd,
    coding: coding([cmt()], ['M99.03', 'M99.04', 'M54.5']),
    outcome: 'refused',
    rule: 'icd10.billable-on-date',
  },
  {
    name: 'M54.5 on 2021-09-30, the last day of FY2021',
    source: icd,
    coding: coding([cmt()], ['M99.03', 'M99.04', 'M54.5']),
    context: { dateOfService: '2021-09-30', courseStart: '2021-09-01' },
    outcome: 'accepted',
    rule: null,
  },
  {
    name: 'M54.50 before it existed (2021-09-30)',
    source: icd,
    coding: coding(),
    context: { dateOfService: '2021-09-30', courseStart: '2021-09-01' },
    outcome: 'refused',
    rule: 'icd10.billable-on-date',
  },
  {
    name: 'a category code (M99.0) that is not billable',
    source: icd,
    coding: coding([cmt()], ['M99.03', 'M99.04', 'M54.50', 'M99.0']),
    outcome: 'refused',
    rule: 'icd10.billable-on-date',
  },
  {
    name: 'a well-formed code outside the list',
    source: icd,
    coding: coding([cmt()], ['M99.03', 'M99.04', 'M54.50', 'M62.81']),
    outcome: 'warned',
    rule: 'icd10.known',
  },
  {
    name: 'a code the clinic added to its list',
    source: icd,
    coding: coding([cmt()], ['M99.03', 'M99.04', 'M54.50', 'M62.81']),
    context: { clinicDiagnoses: ['M62.81'] },
    outcome: 'accepted',
    rule: null,
  },
  // CPT
  {
    name: 'a malformed service code',
    source: cpm12,
    coding: coding([cmt(), { code: '12AB5', modifiers: [], pointers: [3], units: 1 }]),
    outcome: 'refused',
    rule: 'cpt.format',
  },
  {
    name: '98942 for 2 spinal regions',
    source: `${cpm12}; clinical-notes §1.5`,
    coding: coding([cmt({ code: '98942' })]),
    outcome: 'refused',
    rule: 'cpt.cmt-region-count',
  },
  {
    name: '98943 with no extraspinal region treated',
    source: `${cpm12}; clinical-notes §1.5`,
    coding: coding([cmt(), { code: '98943', modifiers: ['GY'], pointers: [1], units: 1 }]),
    outcome: 'refused',
    rule: 'cpt.cmt-region-count',
  },
  {
    name: 'two spinal CMT lines',
    source: cpm12,
    coding: coding([cmt(), cmt()]),
    outcome: 'refused',
    rule: 'cpt.one-cmt-per-visit',
  },
  {
    name: 'a CMT line with 2 units',
    source: cpm12,
    coding: coding([cmt({ units: 2 })]),
    outcome: 'refused',
    rule: 'cpt.one-cmt-per-visit',
  },
  {
    name: '98943 beside the spinal CMT code for cranial work, with GY',
    source: `${cpm12}; clinical-notes §1.5`,
    coding: head98943(['GY']),
    context: withHead,
    outcome: 'accepted',
    rule: null,
  },
  {
    name: 'a code not on the fee schedule (12345)',
    source: cpm12,
    coding: coding([cmt(), { code: '12345', modifiers: [], pointers: [3], units: 1 }]),
    outcome: 'refused',
    rule: 'cpt.fee-schedule',
  },
  {
    name: 'a code not on the fee schedule, with a reason',
    source: cpm12,
    coding: coding(
      [cmt(), { code: '12345', modifiers: [], pointers: [3], units: 1 }],
      undefined,
      reason('cpt.fee-schedule'),
    ),
    outcome: 'accepted',
    rule: 'cpt.fee-schedule',
  },
  {
    name: 'a code on the fee schedule',
    source: cpm12,
    coding: coding([cmt(), { code: '97140', modifiers: ['59'], pointers: [3], units: 2 }]),
    outcome: 'accepted',
    rule: null,
  },
  {
    name: 'another code while the clinic has no fee schedule',
    source: cpm12,
    coding: coding([cmt(), { code: '97140', modifiers: [], pointers: [3], units: 1 }]),
    context: { feeScheduleCodes: null },
    outcome: 'warned',
    rule: 'cpt.fee-schedule',
  },
  // Subluxation documented per treated segment
  {
    name: 'PART failing at L5 (P only), no X-ray',
    source: bpm,
    coding: coding(),
    context: failingPart,
    outcome: 'refused',
    rule: 'part.documented',
  },
  {
    name: 'PART failing at L5, with a written reason',
    source: bpm,
    coding: coding([cmt()], undefined, reason('part.documented')),
    context: failingPart,
    outcome: 'accepted',
    rule: 'part.documented',
  },
  {
    name: 'PART failing at L5, lumbar X-ray 12 months before the course',
    source: bpm,
    coding: coding(),
    context: { ...failingPart, ...lumbarFilm('2025-02-01') },
    outcome: 'accepted',
    rule: null,
  },
  {
    name: 'PART failing at L5, lumbar X-ray a day more than 12 months before',
    source: bpm,
    coding: coding(),
    context: { ...failingPart, ...lumbarFilm('2025-01-31') },
    outcome: 'refused',
    rule: 'part.documented',
  },
  {
    name: 'PART failing at L5, lumbar X-ray a day more than 3 months after',
    source: bpm,
    coding: coding(),
    context: { ...failingPart, ...lumbarFilm('2026-05-02') },
    outcome: 'refused',
    rule: 'part.documented',
  },
  // Diagnoses against lines and regions
  {
    name: '98940 with a pain code listed first',
    source: `${bpm}; clinical-notes §1.6`,
    coding: coding([cmt()], ['M54.50', 'M99.03', 'M99.04']),
    outcome: 'refused',
    rule: 'dx.cmt-primary',
  },
  {
    name: '98940 with an extraspinal M99.06 listed first',
    source: `${bpm}; clinical-notes §1.6`,
    coding: coding([cmt()], ['M99.06', 'M99.03', 'M99.04', 'M54.50'], reason('dx.m99-regions-agree')),
    outcome: 'refused',
    rule: 'dx.cmt-primary',
  },
  {
    name: '98940 without a secondary neuromusculoskeletal diagnosis',
    source: `${bpm}; clinical-notes §1.4`,
    coding: coding([cmt({ pointers: [1, 2] })], ['M99.03', 'M99.04']),
    outcome: 'warned',
    rule: 'dx.secondary-nms',
  },
  {
    name: 'M99.02 for the thoracic region, not treated',
    source: `${bpm}; clinical-notes §1.5–1.6`,
    coding: coding([cmt()], ['M99.03', 'M99.04', 'M54.50', 'M99.02']),
    outcome: 'refused',
    rule: 'dx.m99-regions-agree',
  },
  {
    name: 'the treated sacral region without M99.04',
    source: `${bpm}; clinical-notes §1.5–1.6`,
    coding: coding([cmt({ pointers: [1, 2] })], ['M99.03', 'M54.50']),
    outcome: 'refused',
    rule: 'dx.m99-regions-agree',
  },
  {
    name: 'a line with 5 pointers',
    source: 'Medicare Claims Processing Manual ch. 26 §10.2',
    coding: coding([cmt({ pointers: [1, 2, 3, 4, 5] })], ['M99.03', 'M99.04', 'M54.50', 'M54.9', 'M62.830']),
    outcome: 'refused',
    rule: 'line.pointers',
  },
  {
    name: 'a pointer past the diagnosis list',
    source: 'Medicare Claims Processing Manual ch. 26 §10.2',
    coding: coding([cmt({ pointers: [1, 9] })]),
    outcome: 'refused',
    rule: 'line.pointers',
  },
  {
    name: 'a line with no pointer',
    source: 'Medicare Claims Processing Manual ch. 26 §10.2',
    coding: coding([cmt(), { code: '97140', modifiers: [], pointers: [], units: 1 }]),
    outcome: 'refused',
    rule: 'line.pointers',
  },
  // Modifiers
  {
    name: 'AT in maintenance care',
    source: `${bpm}; clinical-notes §1.4`,
    coding: coding([cmt({ modifiers: ['AT', 'GZ'] })]),
    context: maintenance,
    outcome: 'refused',
    rule: 'modifier.at-active-care',
  },
  {
    name: 'AT on a line that is not spinal CMT',
    source: `${cpm12}; clinical-notes §1.4`,
    coding: coding([cmt(), { code: '97140', modifiers: ['AT'], pointers: [3], units: 1 }]),
    outcome: 'refused',
    rule: 'modifier.at-active-care',
  },
  {
    name: 'Medicare active care without AT',
    source: `${cpm12}; clinical-notes §1.4`,
    coding: coding([cmt({ modifiers: [] })]),
    outcome: 'refused',
    rule: 'modifier.at-required',
  },
  {
    name: 'active care without AT for a payer that is not Medicare',
    source: `${cpm12}; clinical-notes §1.4`,
    coding: coding([cmt({ modifiers: [] })]),
    context: { medicare: false },
    outcome: 'accepted',
    rule: null,
  },
  {
    name: 'AT and GA on one line, ABN on file',
    source: `${cpm30}; clinical-notes §1.4`,
    coding: coding([cmt({ modifiers: ['AT', 'GA'] })], undefined, reason('modifier.at-ga-together')),
    context: { abnDate: '2026-02-01' },
    outcome: 'refused',
    rule: 'modifier.at-ga-together',
  },
  {
    name: 'GA in maintenance care with no ABN',
    source: `${cpm30}; clinical-notes §1.4`,
    coding: coding([cmt({ modifiers: ['GA'] })]),
    context: maintenance,
    outcome: 'refused',
    rule: 'modifier.ga-needs-abn',
  },
  {
    name: 'GA with an ABN dated after the visit',
    source: `${cpm30}; clinical-notes §1.4`,
    coding: coding([cmt({ modifiers: ['GA'] })]),
    context: { ...maintenance, abnDate: '2026-03-03' },
    outcome: 'refused',
    rule: 'modifier.ga-needs-abn',
  },
  {
    name: 'GA in maintenance care with an ABN dated the day of the visit',
    source: `${cpm30}; clinical-notes §1.4`,
    coding: coding([cmt({ modifiers: ['GA'] })]),
    context: { ...maintenance, abnDate: '2026-03-02' },
    outcome: 'accepted',
    rule: null,
  },
  {
    name: 'Medicare maintenance care without an ABN and without GZ',
    source: `${cpm30}; clinical-notes §1.4`,
    coding: coding([cmt({ modifiers: [] })]),
    context: maintenance,
    outcome: 'warned',
    rule: 'modifier.gz-without-abn',
  },
  {
    name: 'Medicare maintenance care without an ABN, with GZ',
    source: `${cpm30}; clinical-notes §1.4`,
    coding: coding([cmt({ modifiers: ['GZ'] })]),
    context: maintenance,
    outcome: 'accepted',
    rule: null,
  },
  {
    name: 'Medicare 98943 without GY',
    source: `${cpm12}; ${cpm30}`,
    coding: head98943([]),
    context: withHead,
    outcome: 'warned',
    rule: 'modifier.gy-extraspinal',
  },
  {
    name: 'a modifier SOT Chart does not know (ZZ)',
    source: 'HCPCS Level II and CPT modifier lists',
    coding: coding([cmt({ modifiers: ['AT', 'ZZ'] })]),
    outcome: 'warned',
    rule: 'modifier.known',
  },
];

function outcomeOf(c: ClaimCoding, context: CodingCheckContext): { outcome: Outcome; rules: string[] } {
  const problems = checkCoding(c, context);
  const outcome: Outcome =
    blockingProblems(problems, c.overrides).length > 0
      ? 'refused'
      : problems.some((p) => p.severity === 'warning')
        ? 'warned'
        : 'accepted';
  return { outcome, rules: problems.map((p) => p.rule) };
}

describe(checkCoding.name, () => {
  for (const row of rows)
    test(`${row.outcome === 'accepted' ? 'accepts' : row.outcome === 'warned' ? 'warns about' : 'refuses'} ${row.name} (${row.source})`, () => {
      const { outcome, rules } = outcomeOf(row.coding, { ...baseContext, ...row.context });
      assert.equal(outcome, row.outcome, rules.join(', '));
      if (row.rule === null) assert.deepEqual(rules, []);
      else assert.ok(rules.includes(row.rule), `expected ${row.rule} among ${rules.join(', ')}`);
    });

  test('names the rule, path, overridability and source of each problem (issue 19)', () => {
    assert.deepEqual(
      checkCoding(coding([cmt({ code: '98942', modifiers: ['AT', 'GA'] })]), {
        ...baseContext,
        abnDate: '2026-02-01',
      }),
      [
        {
          rule: 'cpt.cmt-region-count',
          path: 'lines.0.code',
          severity: 'error',
          overridable: false,
          message: '98942 does not fit: 2 spinal regions were treated, which is 98940.',
          source: `${cpm12}; ${bpm}; CPT CMT region definitions (clinical-notes §1.5)`,
        },
        {
          rule: 'modifier.at-ga-together',
          path: 'lines.0.modifiers',
          severity: 'error',
          overridable: false,
          message: 'AT and GA may not be on one line.',
          source: `${cpm12}; ${cpm30}; clinical-notes §1.4`,
        },
      ],
    );
  });

  test('checks nothing when nothing is confirmed', () => {
    assert.deepEqual(checkCoding(coding([], []), baseContext), []);
  });
});
