import type { Finding, Phase } from '@sotchart/engine';
import { spliceFindings } from '../draft/visit-draft';
import type { EntryValue } from './entry-value';

/** A leg of a per-leg indicator (SLR): each is its own finding, keyed by side. */
export type Leg = 'L' | 'R';
export type LegValues = Partial<Record<Leg, EntryValue>>;

export const legs: readonly Leg[] = ['L', 'R'];

const isLeg = (f: Finding): f is Finding & { side: Leg } => f.side === 'L' || f.side === 'R';

/** A legacy single finding ('bilateral' or 'none') read as the same result on each leg. */
function legacyLegs(finding: Finding): LegValues {
  const { indicator: _i, phase: _p, note: _n, side: _s, ...value } = finding;
  // 'none' was stored for "negative both sides": no symptom on either leg.
  const read: EntryValue = finding.side === 'none' ? { ...value, symptomReproduced: false } : value;
  return { L: { ...read, side: 'L' }, R: { ...read, side: 'R' } };
}

/**
 * Each leg's value, read from one indicator's findings of one phase: per-leg findings (side 'L' / 'R')
 * and legacy single ones. A per-leg finding wins over a legacy one for its leg, being newer.
 */
export function legValues(findings: readonly Finding[]): LegValues {
  let values: LegValues = {};
  for (const f of findings) if (!isLeg(f)) values = { ...values, ...legacyLegs(f) };
  for (const f of findings)
    if (isLeg(f)) {
      const { indicator: _i, phase: _p, ...value } = f;
      values = { ...values, [f.side]: value };
    }
  return values;
}

function legFinding(indicator: string, phase: Phase, leg: Leg, value: EntryValue): Finding {
  return { ...value, indicator, phase, side: leg };
}

/**
 * Sets one leg's finding (or clears it with null), keeping the other leg. Findings still holding a
 * legacy single finding are rewritten as per-leg findings, left then right, the other leg unchanged.
 */
export function editLeg(
  findings: readonly Finding[],
  indicator: string,
  phase: Phase,
  leg: Leg,
  next: EntryValue | null,
): Finding[] {
  const here = (f: Finding) => f.indicator === indicator && f.phase === phase;
  const mine = findings.filter(here);
  if (mine.some((f) => !isLeg(f))) {
    const values = legValues(mine);
    const merged = legs.flatMap((l) => {
      const value = l === leg ? next : values[l];
      return value === null || value === undefined ? [] : [legFinding(indicator, phase, l, value)];
    });
    return spliceFindings(findings, here, merged);
  }
  return spliceFindings(
    findings,
    (f) => here(f) && f.side === leg,
    next === null ? [] : [legFinding(indicator, phase, leg, next)],
  );
}
