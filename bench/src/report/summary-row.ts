/** One row of the summary table. */
export interface SummaryRow {
  readonly figure: string;
  readonly value: string;
  readonly baseline: string;
  readonly ratio: string;
  readonly target: string;
  /** "met", "missed: <why>", or "reported" (no target). */
  readonly verdict: string;
  readonly command: string;
}

/** The commands whose full runs saved the figures. */
export const benchCommand = 'npm run bench';
export const reliabilityCommand = 'npm run reliability';
