import { z } from 'zod';
import { IndicatorIdSchema } from '../findings/finding';
import { CategoryIdSchema, categoryIds } from './category-id';
import { CertaintySchema } from './certainty';
import { CmrtSpecSchema } from './cmrt-spec';
import { IndicatorSpecSchema } from './indicator-spec';
import { PlacementSpecSchema } from './placement-spec';
import { packIntegrityIssues } from './pack-integrity';
import { urgencies } from '../safety/red-flags';

const SourceIds = z.array(z.string().min(1)).min(1);

/**
 * Schema of a rule the pack applies, with its certainty and source ids.
 *
 * Source: REFERENCE introduction ("every rule carries a source id and a certainty").
 *
 * @example
 * RuleSpecSchema.parse({ id: 'red_flag_referral', summary: 'refer', certainty: 'sourced', sources: ['sources-5.3'] });
 */
export const RuleSpecSchema = z.strictObject({
  id: z.string().min(1).max(64),
  summary: z.string().min(1).max(1000),
  certainty: CertaintySchema,
  sources: SourceIds,
});

/**
 * The priority presets: III → II → I (default, following the course of care) and "II first".
 *
 * Source: REFERENCE §3; SOURCES-BLOCKING §2, §7.
 *
 * @example
 * const preset: PriorityPresetId = 'ii_first';
 */
export type PriorityPresetId = 'iii_ii_i' | 'ii_first';

/**
 * Schema of a protocol pack: the versioned data behind every rule the engine applies. A clinic never
 * edits it; it stores an override and {@link mergePack} yields the effective pack.
 *
 * Source: REFERENCE §2–§7, §10.
 *
 * @example
 * ProtocolPackSchema.safeParse(defaultPack).success; // true
 */
export const ProtocolPackSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    packRef: z.string().min(1),
    name: z.string().min(1),
    indicators: z.array(IndicatorSpecSchema).min(1),
    disabledIndicators: z.array(IndicatorIdSchema),
    categories: z
      .array(
        z.strictObject({
          id: CategoryIdSchema,
          name: z.string().min(1),
          sideFrom: z.array(z.array(IndicatorIdSchema).min(1)).min(1),
          ruleId: z.string().min(1),
        }),
      )
      .length(categoryIds.length),
    priority: z.enum(['iii_ii_i', 'ii_first']),
    priorityPresets: z
      .array(
        z.strictObject({
          id: z.enum(['iii_ii_i', 'ii_first']),
          name: z.string().min(1),
          order: z.array(CategoryIdSchema).length(categoryIds.length),
          ruleId: z.string().min(1),
        }),
      )
      .min(1),
    rules: z.array(RuleSpecSchema).min(1),
    placements: z.strictObject({ I: PlacementSpecSchema, II: PlacementSpecSchema, III: PlacementSpecSchema }),
    placementPresets: z.array(
      z.strictObject({
        id: z.string().min(1),
        name: z.string().min(1),
        category: CategoryIdSchema,
        placement: PlacementSpecSchema,
      }),
    ),
    blocking: z.strictObject({
      recheckSeconds: z.number().int().min(10).max(900),
      maxMinutes: z.number().int().min(1).max(60),
      breathing: z.string().min(1),
      certainty: CertaintySchema,
      sources: SourceIds,
    }),
    cmrt: CmrtSpecSchema,
    cranialStructures: z.array(z.string().min(1).max(100)).min(1),
    redFlags: z
      .array(
        z.strictObject({
          id: IndicatorIdSchema,
          name: z.string(),
          question: z.string(),
          urgency: z.enum(urgencies),
          sources: SourceIds,
        }),
      )
      .min(1),
    contraindications: z.array(
      z.strictObject({
        id: IndicatorIdSchema,
        name: z.string(),
        question: z.string(),
        warning: z.string(),
        sources: SourceIds,
      }),
    ),
    referralMessages: z.strictObject({
      emergency: z.string().min(1),
      urgent: z.string().min(1),
      prompt: z.string().min(1),
    }),
    verification: z.strictObject({
      /** A leg-check difference must change by at least this many millimetres to read as a change. */
      legCheckMm: z.number().min(0).max(20),
      certainty: CertaintySchema,
      sources: SourceIds,
    }),
    evidenceNote: z.strictObject({ text: z.string().min(1), sources: SourceIds }),
    sources: z
      .array(
        z.strictObject({ id: z.string().min(1), title: z.string().min(1), urls: z.array(z.url()).min(1) }),
      )
      .min(1),
  })
  .superRefine((pack, ctx) => {
    for (const issue of packIntegrityIssues(pack)) ctx.addIssue({ code: 'custom', ...issue });
  });

/**
 * A protocol pack (see {@link ProtocolPackSchema}); {@link defaultPack} is `sot-standard@1.0.0`.
 *
 * Source: REFERENCE §10.
 *
 * @example
 * const pack: ProtocolPack = mergePack(defaultPack, null, 0);
 */
export type ProtocolPack = z.infer<typeof ProtocolPackSchema>;
