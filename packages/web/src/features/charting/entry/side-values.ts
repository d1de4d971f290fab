import type { Finding, Phase } from '@sotchart/engine';
import { spliceFindings } from '../draft/visit-draft';
import type { EntryValue } from './entry-value';

/**
 * One side of a per-side indicator off the occipital grid (SLR's legs, a side_grade's sides): each
 * is its own finding, keyed by side.
 */
export type OneSide = 'L' | 'R';
export type SideValues = Partial<Record<OneSide, EntryValue>>;

export const oneSides: readonly OneSide[] = ['L', 'R'];

const isOneSide = (f: Finding): f is Finding & { side: OneSide } => f.side === 'L' || f.side === 'R';

/** A legacy single finding ('bilateral' or 'none') read as the same result on each side. */
function legacySides(finding: Finding): SideValues {
  const { indicator: _i, phase: _p, note: _n, side: _s, ...value } = finding;
  // 'none' was stored for "negative both sides": no symptom (SLR) or grade 0 (side_grade) on either
  // side; only the fields the finding's shape has are touched, so a grade never gains a symptom.
  const read: EntryValue =
    finding.side === 'none'
      ? {
          ...value,
          ...(value.symptomReproduced === undefined ? {} : { symptomReproduced: false }),
          ...(value.grade === undefined ? {} : { grade: 0 }),
        }
      : value;
  return { L: { ...read, side: 'L' }, R: { ...read, side: 'R' } };
}

/**
 * Each side's value, read from one indicator's findings of one phase: per-side findings (side 'L' /
 * 'R') and legacy single ones. A per-side finding wins over a legacy one for its side, being newer.
 */
export function sideValues(findings: readonly Finding[]): SideValues {
  let values: SideValues = {};
  for (const f of findings) if (!isOneSide(f)) values = { ...values, ...legacySides(f) };
  for (const f of findings)
    if (isOneSide(f)) {
      const { indicator: _i, phase: _p, ...value } = f;
      values = { ...values, [f.side]: value };
    }
  return values;
}

function sideFinding(indicator: string, phase: Phase, side: OneSide, value: EntryValue): Finding {
  return { ...value, indicator, phase, side };
}

/**
 * Sets one side's finding (or clears it with null), keeping the other side. Findings still holding a
 * legacy single finding are rewritten as per-side findings, left then right, the other side unchanged.
 */
export function editSide(
  findings: readonly Finding[],
  indicator: string,
  phase: Phase,
  side: OneSide,
  next: EntryValue | null,
): Finding[] {
  const here = (f: Finding) => f.indicator === indicator && f.phase === phase;
  const mine = findings.filter(here);
  if (mine.some((f) => !isOneSide(f))) {
    const values = sideValues(mine);
    const merged = oneSides.flatMap((s) => {
      const value = s === side ? next : values[s];
      return value === null || value === undefined ? [] : [sideFinding(indicator, phase, s, value)];
    });
    return spliceFindings(findings, here, merged);
  }
  return spliceFindings(
    findings,
    (f) => here(f) && f.side === side,
    next === null ? [] : [sideFinding(indicator, phase, side, next)],
  );
}
