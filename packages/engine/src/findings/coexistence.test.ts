import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { defaultPack } from '../protocol/default-pack';
import type { Finding } from './finding';
import { validateFindings } from './validate-findings';

const cellL: Finding = {
  indicator: 'occipital_fibers',
  phase: 'pre',
  side: 'L',
  site: { line: 2, area: 5 },
  grade: 2,
};
const cellR: Finding = { ...cellL, side: 'R', grade: 0 };
const slrL: Finding = { indicator: 'slr', phase: 'pre', side: 'L', degrees: 35, symptomReproduced: true };
const slrR: Finding = { ...slrL, side: 'R', degrees: 80, symptomReproduced: false };
const upper: Finding = {
  indicator: 'arm_fossa',
  phase: 'pre',
  side: 'R',
  site: { fossa: 'upper' },
  positive: true,
};
const lower: Finding = { ...upper, site: { fossa: 'lower' }, side: 'none', positive: false };
const noFossa: Finding = { indicator: 'arm_fossa', phase: 'pre', side: 'L', positive: true };

const perSideDuplicate = (first: number) =>
  `same indicator, phase, site and side as finding ${first}: one finding per indicator, phase, site and side`;

const accepted: { name: string; ref: string; findings: Finding[] }[] = [
  { name: 'the L and R finding of one occipital cell', ref: '§2 per-side', findings: [cellL, cellR] },
  { name: 'the L and R finding of an SLR', ref: '§2 per-side', findings: [slrL, slrR] },
  { name: 'both fossae', ref: '§2 arm–fossa', findings: [upper, lower] },
  {
    name: 'a fossa-less arm–fossa in the other phase from one with a fossa',
    ref: '§2 arm–fossa',
    findings: [upper, { ...noFossa, phase: 'post' }],
  },
];

const rejected: {
  name: string;
  ref: string;
  findings: Finding[];
  details: { path: string; message: string }[];
}[] = [
  {
    name: 'two findings of one side of one occipital cell',
    ref: '§2 per-side',
    findings: [cellL, cellR, { ...cellL, grade: 1 }],
    details: [{ path: '2.side', message: perSideDuplicate(0) }],
  },
  {
    name: 'two findings of one side of an SLR',
    ref: '§2 per-side',
    findings: [slrR, { ...slrR, degrees: 70 }],
    details: [{ path: '1.side', message: perSideDuplicate(0) }],
  },
  {
    name: 'a legacy bilateral cell beside an L finding of the same cell',
    ref: '§2 per-side; issue 18',
    findings: [{ ...cellL, side: 'bilateral' }, cellL],
    details: [
      {
        path: '0.side',
        message: 'side must be L or R for occipital_fibers: each side is its own finding',
      },
      { path: '1.side', message: perSideDuplicate(0) },
    ],
  },
  {
    name: 'a fossa-less arm–fossa after one with a fossa',
    ref: '§2 arm–fossa',
    findings: [upper, noFossa],
    details: [
      { path: '1.site', message: 'no fossa beside finding 0, which has one: chart both fossae or neither' },
    ],
  },
  {
    name: 'a fossa-less arm–fossa before one with a fossa',
    ref: '§2 arm–fossa',
    findings: [noFossa, lower],
    details: [
      { path: '0.site', message: 'no fossa beside finding 1, which has one: chart both fossae or neither' },
    ],
  },
];

const normalised: { name: string; ref: string; finding: Finding; value: Finding }[] = [
  {
    name: 'an L negative heel tension as none',
    ref: '§2 sided pos/neg',
    finding: { indicator: 'heel_tension', phase: 'pre', side: 'L', positive: false },
    value: { indicator: 'heel_tension', phase: 'pre', side: 'none', positive: false },
  },
  {
    name: 'an R negative upper fossa as none',
    ref: '§2 sided pos/neg',
    finding: { indicator: 'arm_fossa', phase: 'post', side: 'R', site: { fossa: 'upper' }, positive: false },
    value: { indicator: 'arm_fossa', phase: 'post', side: 'none', site: { fossa: 'upper' }, positive: false },
  },
  {
    name: 'an L positive heel tension unchanged',
    ref: '§2 sided pos/neg',
    finding: { indicator: 'heel_tension', phase: 'pre', side: 'L', positive: true },
    value: { indicator: 'heel_tension', phase: 'pre', side: 'L', positive: true },
  },
  {
    name: 'an R occipital cell graded 0 unchanged (the side is its key)',
    ref: '§2 per-side',
    finding: cellR,
    value: { indicator: 'occipital_fibers', phase: 'pre', side: 'R', site: { line: 2, area: 5 }, grade: 0 },
  },
  {
    name: 'an R SLR without the symptom unchanged',
    ref: '§2 per-side',
    finding: slrR,
    value: { indicator: 'slr', phase: 'pre', side: 'R', degrees: 80, symptomReproduced: false },
  },
];

describe(`${validateFindings.name}: which findings may coexist`, () => {
  for (const row of accepted)
    test(`accepts ${row.name} (REFERENCE ${row.ref})`, () => {
      assert.deepEqual(validateFindings(row.findings, defaultPack), { ok: true, value: row.findings });
    });

  for (const row of rejected)
    test(`rejects ${row.name} (REFERENCE ${row.ref})`, () => {
      assert.deepEqual(validateFindings(row.findings, defaultPack), {
        ok: false,
        error: { code: 'VALIDATION_FAILED', details: row.details },
      });
    });

  for (const row of normalised)
    test(`returns ${row.name} (REFERENCE ${row.ref})`, () => {
      assert.deepEqual(validateFindings([row.finding], defaultPack), { ok: true, value: [row.value] });
    });
});
