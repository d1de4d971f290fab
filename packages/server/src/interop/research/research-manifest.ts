import type { ResearchFreeText } from '@sotchart/contract';
import { removedFields, safeHarborIdentifiers } from './safe-harbor-manifest';

/** What the manifest of one export reports besides its method. */
export interface ManifestFacts {
  /** The `shifted` date mode (not Safe Harbor) rather than Safe Harbor. */
  readonly shifted: boolean;
  /** `scrubbed`: the owner asked for free text, scrubbed; no scrubber is certain to find every identifier. */
  readonly freeText: ResearchFreeText;
  readonly exportedAt: string;
  readonly counts: Record<string, number>;
  /** How many kept labels had an identifier taken out. */
  readonly scrubbedLabels: number;
}

/** The manifest that travels with an export: the method and standard, the counts, what was removed. */
export function researchManifest(facts: ManifestFacts): Record<string, unknown> {
  const { shifted } = facts;
  const scrubbed = facts.freeText === 'scrubbed';
  return {
    format: 'sotchart-research-export',
    formatVersion: 1,
    method: shifted ? 'date-shift' : 'hipaa-safe-harbor',
    standard: shifted
      ? 'NOT HIPAA Safe Harbor: dates are shifted by a random per-patient offset (±1 to 365 days), not removed. The data may be used or shared as de-identified only after an expert determination under 45 CFR 164.514(b)(1).'
      : scrubbed
        ? 'Not Safe Harbor-certain: HIPAA Safe Harbor, 45 CFR 164.514(b)(2), for the coded data, but free text is included scrubbed, and a scrubber cannot be certain to find every identifier. Review the text, or obtain an expert determination under 45 CFR 164.514(b)(1), before sharing.'
        : 'HIPAA Safe Harbor, 45 CFR 164.514(b)(2): the 18 identifier types removed; no date element finer than the year.',
    safeHarborCertain: !shifted && !scrubbed,
    requiresExpertDetermination: shifted || scrubbed,
    freeText: scrubbed
      ? 'Included at the owner’s request, scrubbed (not Safe Harbor-certain): visit text, finding notes and episode complaints, with the record’s own identifiers, third parties’ names after a title, relation or referral, serial and device numbers, VINs, dates, numbers, emails, URLs and IP addresses replaced by [removed].'
      : 'Left out.',
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
