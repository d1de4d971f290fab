import { z } from 'zod';
import { IsoDateSchema, requiredText, shortText } from './common';

/** Which payer is billed first: the CMS-1500 fills boxes 1–11 from the primary, 9–9d from the secondary. */
export const CoverageRankSchema = z.enum(['primary', 'secondary']);
export type CoverageRank = z.infer<typeof CoverageRankSchema>;

/** The patient's relationship to the insured, as box 6 of the CMS-1500 offers it. */
export const InsuredRelationshipSchema = z.enum(['self', 'spouse', 'child', 'other']);
export type InsuredRelationship = z.infer<typeof InsuredRelationshipSchema>;

/** The kind of plan, as box 1 of the CMS-1500 offers it ("group" is a group health plan). */
export const InsuranceTypeSchema = z.enum([
  'medicare',
  'medicaid',
  'tricare',
  'champva',
  'group',
  'feca',
  'other',
]);
export type InsuranceType = z.infer<typeof InsuranceTypeSchema>;

/** One insurance coverage of a patient: who pays, and the insured person the policy belongs to. */
export const CoverageSchema = z.object({
  rank: CoverageRankSchema,
  insuranceType: InsuranceTypeSchema.default('group'),
  payerName: requiredText(200),
  /** The payer's electronic id, when the clinic knows it. */
  payerId: shortText(40).nullable().default(null),
  insuredId: requiredText(40),
  insuredName: requiredText(200),
  relationship: InsuredRelationshipSchema,
  groupNumber: shortText(40).nullable().default(null),
  insuredDateOfBirth: IsoDateSchema.nullable().default(null),
  insuredSex: z.enum(['female', 'male']).nullable().default(null),
  /** The insured's address when it is not the patient's (box 7); null means the patient's. */
  insuredAddress: shortText(500).nullable().default(null),
});
export type Coverage = z.infer<typeof CoverageSchema>;

/**
 * A patient's coverages: at most one primary and one secondary, and a secondary only beside a primary.
 * Sent whole: the list replaces the stored one.
 */
export const CoverageListSchema = z
  .array(CoverageSchema)
  .max(2)
  .superRefine((list, ctx) => {
    list.forEach((c, i) => {
      if (list.findIndex((other) => other.rank === c.rank) !== i)
        ctx.addIssue({ code: 'custom', path: [i, 'rank'], message: `has a second ${c.rank} coverage` });
    });
    const secondary = list.findIndex((c) => c.rank === 'secondary');
    if (secondary >= 0 && !list.some((c) => c.rank === 'primary'))
      ctx.addIssue({ code: 'custom', path: [secondary, 'rank'], message: 'needs a primary coverage first' });
  });
