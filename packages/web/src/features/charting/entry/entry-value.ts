import type { Finding } from '@sotchart/engine';

/** What one indicator row holds while it is being entered: a finding without its key fields. */
export type EntryValue = Omit<Finding, 'indicator' | 'phase'>;

/** The value of a finding, without its indicator and phase. */
export function valueOf(finding: Finding): EntryValue {
  const { indicator: _indicator, phase: _phase, ...value } = finding;
  return value;
}
