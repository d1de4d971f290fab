import type { Coverage, CoverageRank, InsuranceType, InsuredRelationship } from '@sotchart/contract';
import { i18n } from '../../i18n/translation';

/** One coverage as the form holds it: every field as typed. */
export interface CoverageDraft {
  readonly insuranceType: InsuranceType;
  readonly payerName: string;
  readonly payerId: string;
  readonly insuredId: string;
  readonly insuredName: string;
  readonly relationship: InsuredRelationship;
  readonly groupNumber: string;
  readonly insuredDateOfBirth: string;
  /** '' when not given. */
  readonly insuredSex: '' | 'female' | 'male';
  readonly insuredAddress: string;
}

/** The primary and the secondary coverage, each possibly blank. */
export type CoverageDrafts = Readonly<Record<CoverageRank, CoverageDraft>>;

export const coverageRanks: readonly CoverageRank[] = ['primary', 'secondary'];

const emptyCoverage: CoverageDraft = {
  insuranceType: 'group',
  payerName: '',
  payerId: '',
  insuredId: '',
  insuredName: '',
  relationship: 'self',
  groupNumber: '',
  insuredDateOfBirth: '',
  insuredSex: '',
  insuredAddress: '',
};

export const emptyCoverageDrafts: CoverageDrafts = { primary: emptyCoverage, secondary: emptyCoverage };

/** The drafts of a patient's stored coverages. */
export function coverageDraftsOf(coverage: readonly Coverage[]): CoverageDrafts {
  const draftOf = (rank: CoverageRank): CoverageDraft => {
    const c = coverage.find((x) => x.rank === rank);
    return c === undefined
      ? emptyCoverage
      : {
          insuranceType: c.insuranceType,
          payerName: c.payerName,
          payerId: c.payerId ?? '',
          insuredId: c.insuredId,
          insuredName: c.insuredName,
          relationship: c.relationship,
          groupNumber: c.groupNumber ?? '',
          insuredDateOfBirth: c.insuredDateOfBirth ?? '',
          insuredSex: c.insuredSex ?? '',
          insuredAddress: c.insuredAddress ?? '',
        };
  };
  return { primary: draftOf('primary'), secondary: draftOf('secondary') };
}

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** A coverage nobody typed into (payer, insured's id and name blank) is not sent. */
const isBlank = (d: CoverageDraft): boolean =>
  [d.payerName, d.insuredId, d.insuredName].every((text) => text.trim() === '');

/** The ranks sent, in the order of the request body's `coverage` list (the server's error paths index it). */
export const sentRanks = (drafts: CoverageDrafts): CoverageRank[] =>
  coverageRanks.filter((rank) => !isBlank(drafts[rank]));

/** The request body's `coverage`: the coverages filled in, blank optional fields as null. */
export function coverageBodyOf(drafts: CoverageDrafts): Coverage[] {
  return sentRanks(drafts).map((rank) => {
    const d = drafts[rank];
    return {
      rank,
      insuranceType: d.insuranceType,
      payerName: d.payerName,
      payerId: orNull(d.payerId),
      insuredId: d.insuredId,
      insuredName: d.insuredName,
      relationship: d.relationship,
      groupNumber: orNull(d.groupNumber),
      insuredDateOfBirth: orNull(d.insuredDateOfBirth),
      insuredSex: d.insuredSex === '' ? null : d.insuredSex,
      insuredAddress: orNull(d.insuredAddress),
    };
  });
}

// Worded so no label contains another's ("Date of birth", "Sex", "Address" are the patient's).
const labelKeys = {
  payerName: 'coverage.payerName',
  insuranceType: 'coverage.insuranceType',
  payerId: 'coverage.payerId',
  insuredId: 'coverage.insuredId',
  insuredName: 'coverage.insuredName',
  relationship: 'coverage.relationship',
  groupNumber: 'coverage.groupNumber',
  insuredDateOfBirth: 'coverage.insuredDateOfBirth',
  insuredSex: 'coverage.insuredSex',
  insuredAddress: 'coverage.insuredAddress',
} as const satisfies Record<keyof CoverageDraft, string>;

/** The coverage form's fields in screen order. */
export const coverageKeys = Object.keys(labelKeys) as (keyof CoverageDraft)[];

/** A coverage field's label in the app's language (call at render time). */
export const coverageLabel = (key: keyof CoverageDraft): string => i18n.t(labelKeys[key], { ns: 'patients' });

/** A coverage's title: "Primary insurance" or "Secondary insurance". */
export const coverageTitle = (rank: CoverageRank): string =>
  rank === 'primary'
    ? i18n.t('coverage.primary', { ns: 'patients' })
    : i18n.t('coverage.secondary', { ns: 'patients' });

/**
 * Where the server names a coverage field in its error details: `coverage.<index in the body>.<key>`,
 * or undefined for a coverage left blank (not sent).
 */
export function coveragePath(
  drafts: CoverageDrafts,
  rank: CoverageRank,
  key: keyof CoverageDraft,
): string | undefined {
  const index = sentRanks(drafts).indexOf(rank);
  return index === -1 ? undefined : `coverage.${index}.${key}`;
}

/** The coverages in one line, for comparing two versions of a patient ("Primary: Payer, ID …"). */
export const coverageSummary = (drafts: CoverageDrafts): string =>
  coverageBodyOf(drafts)
    .map((c) =>
      [
        c.rank === 'primary'
          ? i18n.t('coverage.primaryShort', { ns: 'patients' })
          : i18n.t('coverage.secondaryShort', { ns: 'patients' }),
        c.payerName,
        c.insuredId,
        c.insuredName,
        c.groupNumber,
      ]
        .filter((part) => part !== null && part !== '')
        .join(', '),
    )
    .join('; ');
