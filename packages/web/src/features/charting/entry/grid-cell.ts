import type { Finding, Phase } from '@sotchart/engine';

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

// One finding holds both sides of a line × area (the side is part of the value, not of the key), so
// when both sides are positive with different grades the finding keeps the higher one and the note
// keeps each side's grade.
const notePattern = /^grades L([0-3]) R([0-3])$/;

const gradeOf = (n: number): Grade => (n >= 3 ? 3 : n <= 0 ? 0 : (n as Grade));

/** Each side's grade as recorded in a finding of the grid. */
export function cellGrades(finding: Finding | undefined): CellGrades {
  if (finding === undefined) return {};
  const grade = finding.grade ?? 0;
  switch (finding.side) {
    case 'L':
      return { L: grade };
    case 'R':
      return { R: grade };
    case 'bilateral': {
      const match = notePattern.exec(finding.note ?? '');
      if (match?.[1] !== undefined && match[2] !== undefined)
        return { L: gradeOf(Number(match[1])), R: gradeOf(Number(match[2])) };
      return { L: grade, R: grade };
    }
    default:
      return { L: 0, R: 0 };
  }
}

/** The finding for one cell pair, or null when neither side is graded. */
export function cellFinding(
  indicator: string,
  phase: Phase,
  line: Line,
  area: Area,
  grades: CellGrades,
): Finding | null {
  if (grades.L === undefined && grades.R === undefined) return null;
  const l = grades.L ?? 0;
  const r = grades.R ?? 0;
  const site = { line, area };
  if (l >= 1 && r >= 1) {
    const note = l === r ? {} : { note: `grades L${l} R${r}` };
    return { indicator, phase, side: 'bilateral', site, grade: gradeOf(Math.max(l, r)), ...note };
  }
  if (l >= 1) return { indicator, phase, side: 'L', site, grade: l };
  if (r >= 1) return { indicator, phase, side: 'R', site, grade: r };
  return { indicator, phase, side: 'none', site, grade: 0 };
}
