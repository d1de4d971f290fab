import { findingKey, type Finding, type Phase } from '@sotchart/engine';
import { spliceFindings } from '../draft/visit-draft';

export type Grade = 0 | 1 | 2 | 3;
export type GridSide = 'L' | 'R';
export type Line = 1 | 2 | 3;
export type Area = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** The grade found on each side of one line × area cell pair; a side not examined is absent. */
export interface CellGrades {
  readonly L?: Grade;
  readonly R?: Grade;
}

export const lines: readonly Line[] = [1, 2, 3];
export const areas: readonly Area[] = [1, 2, 3, 4, 5, 6, 7];

/** One side of one cell set to a grade, or cleared (`grade` undefined). */
export interface CellSideEdit {
  readonly indicator: string;
  readonly phase: Phase;
  readonly line: Line;
  readonly area: Area;
  readonly side: GridSide;
  readonly grade: Grade | undefined;
  /** Set when the grade is the last visit's, confirmed for today (UX.md §7). */
  readonly carriedForward?: boolean;
}

// Before issue 18 one finding held both sides of a cell (side 'bilateral' with the higher grade and
// this note, or 'none'); drafts saved then may still hold such findings, so they are still read.
const notePattern = /^grades L([0-3]) R([0-3])$/;

const gradeOf = (n: number): Grade => (n >= 3 ? 3 : n <= 0 ? 0 : (n as Grade));

const isPerSide = (f: Finding): boolean => f.side === 'L' || f.side === 'R';

/** Whether `f` is a finding of `indicator` and `phase` at the cell line × area. */
export function inCell(f: Finding, indicator: string, phase: Phase, line: Line, area: Area): boolean {
  return f.indicator === indicator && f.phase === phase && f.site?.line === line && f.site.area === area;
}

function legacyGrades(finding: Finding): CellGrades {
  const grade = gradeOf(finding.grade ?? 0);
  if (finding.side !== 'bilateral') return { L: 0, R: 0 };
  const match = notePattern.exec(finding.note ?? '');
  if (match?.[1] !== undefined && match[2] !== undefined)
    return { L: gradeOf(Number(match[1])), R: gradeOf(Number(match[2])) };
  return { L: grade, R: grade };
}

/**
 * Each side's grade at one cell, read from that cell's findings: per-side findings (side 'L' / 'R')
 * and legacy combined ones. A per-side finding wins over a legacy one for its side, being newer.
 */
export function cellGrades(cell: readonly Finding[]): CellGrades {
  let grades: CellGrades = {};
  for (const f of cell) if (!isPerSide(f)) grades = { ...grades, ...legacyGrades(f) };
  for (const f of cell)
    if (f.side === 'L' || f.side === 'R') grades = { ...grades, [f.side]: gradeOf(f.grade ?? 0) };
  return grades;
}

/** The finding of one side of one cell: grade 0 is a finding too (examined, negative). */
export function sideFinding(
  indicator: string,
  phase: Phase,
  line: Line,
  area: Area,
  side: GridSide,
  grade: Grade,
  carriedForward = false,
): Finding {
  return {
    indicator,
    phase,
    side,
    site: { line, area },
    grade,
    ...(carriedForward ? { carriedForward: true } : {}),
  };
}

/** The per-side findings of one cell, left then right; a side not examined has none. */
export function cellFindings(
  indicator: string,
  phase: Phase,
  line: Line,
  area: Area,
  grades: CellGrades,
): Finding[] {
  const sides: readonly GridSide[] = ['L', 'R'];
  return sides.flatMap((side) => {
    const grade = grades[side];
    return grade === undefined ? [] : [sideFinding(indicator, phase, line, area, side, grade)];
  });
}

/**
 * Applies one side's edit to a visit's findings. The side's finding is replaced by its key (the
 * engine's `findingKey`, so L and R of a cell are two findings); a cell still holding a legacy
 * combined finding is rewritten whole as per-side findings, the other side keeping its grade.
 */
export function editCellSide(findings: readonly Finding[], edit: CellSideEdit): Finding[] {
  const { indicator, phase, line, area, side, grade } = edit;
  const here = (f: Finding) => inCell(f, indicator, phase, line, area);
  const cell = findings.filter(here);
  const next =
    grade === undefined
      ? []
      : [sideFinding(indicator, phase, line, area, side, grade, edit.carriedForward === true)];
  if (cell.some((f) => !isPerSide(f))) {
    const { [side]: _old, ...others } = cellGrades(cell);
    const kept = cellFindings(indicator, phase, line, area, others);
    const merged = side === 'L' ? [...next, ...kept] : [...kept, ...next];
    return spliceFindings(findings, here, merged);
  }
  const key = findingKey(sideFinding(indicator, phase, line, area, side, 0));
  return spliceFindings(findings, (f) => findingKey(f) === key, next);
}
