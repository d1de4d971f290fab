import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Finding } from '@sotchart/engine';
import { splitPerSide } from './split-per-side';

const cell = (side: Finding['side'], grade: 0 | 1 | 2 | 3, note?: string): Finding => ({
  indicator: 'occipital_fibers',
  phase: 'pre',
  side,
  site: { line: 1, area: 2 },
  grade,
  ...(note === undefined ? {} : { note }),
});

describe(splitPerSide.name, () => {
  // Each row: the grid encoding in packages/web grid-cell.ts, or REFERENCE §2's key.
  const cases: {
    name: string;
    input: Finding[];
    findings: Finding[];
    split: number;
    unsplittable: number;
  }[] = [
    {
      name: 'splits a grid cell by its note and drops the note',
      input: [cell('bilateral', 2, 'grades L2 R1')],
      findings: [cell('L', 2), cell('R', 1)],
      split: 1,
      unsplittable: 0,
    },
    {
      name: 'gives both sides the grade of a cell without a note',
      input: [cell('bilateral', 3)],
      findings: [cell('L', 3), cell('R', 3)],
      split: 1,
      unsplittable: 0,
    },
    {
      name: 'keeps a note other than the grid pattern on both sides',
      input: [cell('bilateral', 1, 'check again')],
      findings: [cell('L', 1, 'check again'), cell('R', 1, 'check again')],
      split: 1,
      unsplittable: 0,
    },
    {
      name: 'leaves a cell whose note contradicts its grade, and counts it',
      input: [cell('bilateral', 3, 'grades L1 R2')],
      findings: [cell('bilateral', 3, 'grades L1 R2')],
      split: 0,
      unsplittable: 1,
    },
    {
      name: 'leaves a none cell, and counts it',
      input: [cell('none', 0)],
      findings: [cell('none', 0)],
      split: 0,
      unsplittable: 1,
    },
    {
      name: 'leaves a bilateral finding whose side is already charted, and counts it',
      input: [cell('bilateral', 2), cell('L', 1)],
      findings: [cell('bilateral', 2), cell('L', 1)],
      split: 0,
      unsplittable: 1,
    },
    {
      name: 'splits zygomatic ROM with the same grade, and keeps pos/neg findings as they are',
      input: [
        { indicator: 'arm_fossa', phase: 'pre', side: 'bilateral', site: { fossa: 'upper' }, positive: true },
        { indicator: 'zygomatic_rom', phase: 'post', side: 'bilateral', grade: 1 },
      ],
      findings: [
        { indicator: 'arm_fossa', phase: 'pre', side: 'bilateral', site: { fossa: 'upper' }, positive: true },
        { indicator: 'zygomatic_rom', phase: 'post', side: 'L', grade: 1 },
        { indicator: 'zygomatic_rom', phase: 'post', side: 'R', grade: 1 },
      ],
      split: 1,
      unsplittable: 0,
    },
  ];
  for (const c of cases)
    test(c.name, () => {
      assert.deepEqual(splitPerSide(c.input), {
        findings: c.findings,
        split: c.split,
        unsplittable: c.unsplittable,
      });
    });
});
