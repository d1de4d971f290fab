import { findingKey, keyedBySide, type Finding } from '@sotchart/engine';

/** A visit's findings with its two-sided per-side findings split, and what could not be split. */
export interface PerSideSplit {
  readonly findings: Finding[];
  /** Stored two-sided findings replaced by one finding per side. */
  readonly split: number;
  /** Per-side findings left as they are because their sides cannot be told apart. */
  readonly unsplittable: number;
}

// The old occipital grid kept one finding per cell: the higher grade, and this note when the two
// sides' grades differed (packages/web grid-cell).
const gridNote = /^grades L([0-3]) R([0-3])$/;

/**
 * Splits each stored `bilateral` finding of a per-side indicator (occipital fibres, sciatic pain
 * points, zygomatic ROM, SLR) into an `L` and an `R` finding, as the key now requires (REFERENCE §2).
 * A grid cell's note gives each side's grade and is then dropped; any other note is kept on both
 * sides. A per-side finding with side `none` (or none at all) is left as it is and counted: the old
 * grid stored "both sides 0" and "one side 0, the other not examined" alike, so splitting it would
 * be a guess. Everything else, `L` and `R` findings included, is kept as it is and in its order.
 */
export function splitPerSide(findings: readonly Finding[]): PerSideSplit {
  const keys = new Set(findings.map((f) => findingKey(f)));
  const out: Finding[] = [];
  let split = 0;
  let unsplittable = 0;
  for (const finding of findings) {
    if (!keyedBySide(finding) || finding.side === 'L' || finding.side === 'R') {
      out.push(finding);
      continue;
    }
    const sides = finding.side === 'bilateral' ? perSide(finding) : null;
    // A side that is already charted on its own would make two findings with one key.
    if (sides === null || sides.some((f) => keys.has(findingKey(f)))) {
      out.push(finding);
      unsplittable += 1;
      continue;
    }
    out.push(...sides);
    split += 1;
  }
  return { findings: out, split, unsplittable };
}

/** The L and R findings a bilateral one stands for, or null when its note contradicts its grade. */
function perSide(finding: Finding): [Finding, Finding] | null {
  const match = finding.site?.line === undefined ? null : gridNote.exec(finding.note ?? '');
  if (match === null)
    return [
      { ...finding, side: 'L' },
      { ...finding, side: 'R' },
    ];
  const left = gradeOf(match[1]);
  const right = gradeOf(match[2]);
  // The grid stored the higher grade; a note that disagrees was written by hand, so do not guess.
  if (Math.max(left, right) !== finding.grade) return null;
  const { note: _note, ...rest } = finding;
  return [
    { ...rest, side: 'L', grade: left },
    { ...rest, side: 'R', grade: right },
  ];
}

function gradeOf(digit: string | undefined): 0 | 1 | 2 | 3 {
  const n = Number(digit);
  return n === 1 || n === 2 || n === 3 ? n : 0;
}
