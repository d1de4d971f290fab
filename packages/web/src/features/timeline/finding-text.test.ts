import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Finding } from '@sotchart/contract';
import { readingOnSide } from './finding-text';

const rows: { name: string; finding: Finding | undefined; side: 'L' | 'R' | null; text: string }[] = [
  {
    name: 'a right positive reads + on the right (REFERENCE §2)',
    finding: { indicator: 'arm_fossa', phase: 'pre', side: 'R', positive: true },
    side: 'R',
    text: '+',
  },
  {
    name: 'a right positive reads − on the left, never "R +" (REFERENCE §9 per side)',
    finding: { indicator: 'arm_fossa', phase: 'pre', side: 'R', positive: true },
    side: 'L',
    text: '−',
  },
  {
    name: 'bilateral positive with a grade reads + and the grade on each side',
    finding: { indicator: 'heel_tension', phase: 'pre', side: 'bilateral', positive: true, grade: 2 },
    side: 'L',
    text: '+ G2',
  },
  {
    name: 'none reads − on either side',
    finding: { indicator: 'heel_tension', phase: 'post', side: 'none', positive: false },
    side: 'R',
    text: '−',
  },
  {
    name: 'a per-side grade reads its grade without the side letter',
    finding: { indicator: 'occipital_fibers', phase: 'pre', side: 'L', site: { line: 2, area: 5 }, grade: 2 },
    side: 'L',
    text: 'G2',
  },
  {
    name: 'a leg check (no side item) reads as charted',
    finding: { indicator: 'leg_check', phase: 'pre', side: 'R', mm: 6 },
    side: null,
    text: 'R 6 mm',
  },
  { name: 'no finding reads as a dash', finding: undefined, side: 'L', text: '—' },
];

describe(readingOnSide.name, () => {
  for (const row of rows) test(row.name, () => assert.equal(readingOnSide(row.finding, row.side), row.text));
});
