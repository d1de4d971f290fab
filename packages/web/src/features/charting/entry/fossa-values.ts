import type { Finding, Phase } from '@sotchart/engine';
import { spliceFindings } from '../draft/visit-draft';
import type { EntryValue } from './entry-value';

export type Fossa = 'upper' | 'lower';
/** 'one': a single result with no fossa; 'each': the upper and the lower fossa as two findings. */
export type FossaMode = 'one' | 'each';

export const fossae: readonly Fossa[] = ['upper', 'lower'];

/** How the findings were charted, or null when nothing is charted yet. */
export function fossaMode(findings: readonly Finding[]): FossaMode | null {
  if (findings.length === 0) return null;
  return findings.some((f) => f.site?.fossa !== undefined) ? 'each' : 'one';
}

/** The value at one fossa (undefined: the fossa-less result), without indicator and phase. */
export function fossaValue(findings: readonly Finding[], fossa: Fossa | undefined): EntryValue | undefined {
  const found = findings.find((f) => f.site?.fossa === fossa);
  if (found === undefined) return undefined;
  const { indicator: _i, phase: _p, ...value } = found;
  return value;
}

/**
 * Sets (or clears, with null) the result at one fossa, or the fossa-less result when `fossa` is
 * undefined. A fossa-less finding never stays beside one with a fossa (the engine refuses the pair):
 * charting either kind removes the other kind of this indicator and phase.
 */
export function editFossa(
  findings: readonly Finding[],
  indicator: string,
  phase: Phase,
  fossa: Fossa | undefined,
  next: EntryValue | null,
): Finding[] {
  const here = (f: Finding) => f.indicator === indicator && f.phase === phase;
  const otherKind = (f: Finding) => here(f) && (fossa === undefined) !== (f.site?.fossa === undefined);
  const kept = spliceFindings(findings, otherKind, []);
  const { site: _site, ...value } = next ?? {};
  const finding: Finding | null =
    next === null
      ? null
      : { ...value, indicator, phase, ...(fossa === undefined ? {} : { site: { fossa } }) };
  return spliceFindings(kept, (f) => here(f) && f.site?.fossa === fossa, finding === null ? [] : [finding]);
}
