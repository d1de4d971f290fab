import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findingKey, type Finding } from '@sotchart/engine';
import { cellFindings, cellGrades, editCellSide, type CellSideEdit, type Grade } from './grid-cell';

const indicator = 'occipital_fibers';
const site = { line: 2, area: 5 } as const;
const at = (side: Finding['side'], grade: Grade, extra: Partial<Finding> = {}): Finding => ({
  indicator,
  phase: 'pre',
  side,
  site,
  grade,
  ...extra,
});
const edit = (side: 'L' | 'R', grade: CellSideEdit['grade']): CellSideEdit => ({
  indicator,
  phase: 'pre',
  line: 2,
  area: 5,
  side,
  grade,
});
const other: Finding = {
  indicator: 'arm_fossa',
  phase: 'pre',
  side: 'R',
  site: { fossa: 'upper' },
  positive: true,
};

describe(cellGrades.name, () => {
  const cases: { why: string; cell: Finding[]; grades: ReturnType<typeof cellGrades> }[] = [
    { why: 'nothing examined', cell: [], grades: {} },
    { why: 'per-side findings, one a negative', cell: [at('L', 2), at('R', 0)], grades: { L: 2, R: 0 } },
    { why: 'one side only', cell: [at('R', 1)], grades: { R: 1 } },
    {
      why: 'legacy bilateral with the note',
      cell: [at('bilateral', 2, { note: 'grades L2 R1' })],
      grades: { L: 2, R: 1 },
    },
    { why: 'legacy bilateral without a note', cell: [at('bilateral', 3)], grades: { L: 3, R: 3 } },
    { why: 'legacy none', cell: [at('none', 0)], grades: { L: 0, R: 0 } },
    {
      why: 'a per-side finding over a legacy one for its side',
      cell: [at('bilateral', 2, { note: 'grades L2 R1' }), at('R', 3)],
      grades: { L: 2, R: 3 },
    },
  ];
  for (const c of cases) test(c.why, () => assert.deepEqual(cellGrades(c.cell), c.grades));
});

describe(cellFindings.name, () => {
  test('one finding per examined side, left then right, grade 0 included', () => {
    assert.deepEqual(cellFindings(indicator, 'pre', 2, 5, { L: 0, R: 1 }), [at('L', 0), at('R', 1)]);
  });
  test('no finding when neither side is examined', () => {
    assert.deepEqual(cellFindings(indicator, 'pre', 2, 5, {}), []);
  });
});

describe(editCellSide.name, () => {
  test('grades L and R as two findings with distinct keys', () => {
    const findings = [edit('L', 2), edit('R', 1)].reduce(editCellSide, [other]);
    assert.deepEqual(findings, [other, at('L', 2), at('R', 1)]);
    assert.equal(new Set(findings.map(findingKey)).size, 3);
  });
  test('regrading a side replaces only that side, in place', () => {
    assert.deepEqual(editCellSide([at('L', 2), other, at('R', 1)], edit('L', 3)), [
      at('L', 3),
      other,
      at('R', 1),
    ]);
  });
  test('clearing a side removes its finding and keeps the other side', () => {
    assert.deepEqual(editCellSide([at('L', 2), at('R', 1)], edit('L', undefined)), [at('R', 1)]);
  });
  test('grade 0 is kept as a finding', () => {
    assert.deepEqual(editCellSide([], edit('R', 0)), [at('R', 0)]);
  });
  test('editing a legacy bilateral cell rewrites it as per-side findings, the other side kept', () => {
    assert.deepEqual(editCellSide([other, at('bilateral', 2, { note: 'grades L2 R1' })], edit('R', 3)), [
      other,
      at('L', 2),
      at('R', 3),
    ]);
  });
  test('clearing one side of a legacy none cell keeps the other side negative', () => {
    assert.deepEqual(editCellSide([at('none', 0)], edit('L', undefined)), [at('R', 0)]);
  });
  test('a carried-forward edit is marked so', () => {
    assert.deepEqual(editCellSide([], { ...edit('L', 1), carriedForward: true }), [
      at('L', 1, { carriedForward: true }),
    ]);
  });
  test('leaves another phase of the same cell alone', () => {
    const post = { ...at('L', 1), phase: 'post' } as const;
    assert.deepEqual(editCellSide([post], edit('L', 2)), [post, at('L', 2)]);
  });
});
