import { removedFields, safeHarborIdentifiers } from './safe-harbor-manifest';

/** What the manifest of one export reports besides its method. */
export interface ManifestFacts {
  /** The `shifted` date mode (not Safe Harbor) rather than Safe Harbor. */
  readonly shifted: boolean;
  readonly exportedAt: string;
  readonly counts: Record<string, number>;
  /** How many kept labels had an identifier taken out. */
  readonly scrubbedLabels: number;
}

/** The manifest that travels with an export: the method and standard, the counts, what was removed. */
export function researchManifest(facts: ManifestFacts): Record<string, unknown> {
  const { shifted } = facts;
  return {
    format: 'sotchart-research-export',
    formatVersion: 1,
    method: shifted ? 'date-shift' : 'hipaa-safe-harbor',
    standard: shifted
      ? 'NOT HIPAA Safe Harbor: dates are shifted by a random per-patient offset (±1 to 365 days), not removed. The data may be used or shared as de-identified only after an expert determination under 45 CFR 164.514(b)(1).'
      : 'HIPAA Safe Harbor, 45 CFR 164.514(b)(2): the 18 identifier types removed; no date element finer than the year.',
    requiresExpertDetermination: shifted,
    exportYear: Number(facts.exportedAt.slice(0, 4)),
    counts: facts.counts,
    ids: 'Every id is random and made for this export only; it links rows within this export and to nothing else.',
    dates: shifted
      ? 'Dates shifted by one random offset per patient (intervals within a patient are kept); ages over 89 as "90+" with no birth date.'
      : 'Years only; visit timing as whole days since the episode start (dayFrom says when there is no episode); ages over 89 as "90+" with no birth year.',
    identifiers: safeHarborIdentifiers,
    removedFields,
    scrubbedLabels: facts.scrubbedLabels,
    actualKnowledge:
      'Safe Harbor also requires that the clinic has no actual knowledge that the remaining data could identify a patient (45 CFR 164.514(b)(2)(ii)); review small groups and rare findings before sharing.',
  };
}
