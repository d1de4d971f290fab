/**
 * The documentation or coding rule a suggestion follows, in words a practitioner can check, with the
 * payer or guideline source it comes from.
 *
 * Source: ARCHITECTURE.md ("every rule names its source"); issue 10 (suggestions the practitioner confirms).
 *
 * @example
 * const rule: CodingRule = { id: 'part.two-of-four', text: 'At least 2 of P, A, R, T …', source: 'CMS BPM ch.15 §240.1.2' };
 */
export interface CodingRule {
  readonly id: string;
  readonly text: string;
  readonly source: string;
}
