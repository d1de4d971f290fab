import { z } from 'zod';
import { exactSchema } from '../exact-schema';
import { InstrumentIdSchema, type InstrumentId } from './instrument-id';
import { ScoreBandSchema, type ScoreBand } from './score-band';

/**
 * One item (section, question) of a questionnaire: a stable id and the short title SOT Chart may ship.
 * Statement and question wording is not shipped; a clinic loads it as a text pack.
 *
 * Source: clinical-notes §2 (item lists; licence column).
 *
 * @example
 * const item: InstrumentItem = { id: 'pain_intensity', title: 'Pain intensity' };
 */
export interface InstrumentItem {
  readonly id: string;
  readonly title: string;
}

/**
 * The important-change rule of an instrument: one fixed threshold, one that depends on the episode's
 * onset (Bournemouth back), separate thresholds for the mean and one activity (PSFS), or none.
 * Thresholds are in the score's unit.
 *
 * Source: clinical-notes §2 (MCID / MDC column).
 *
 * @example
 * const rule: ImportantChangeRule = { kind: 'fixed', points: 5, source: 'Vernon (NDI)' };
 */
export type ImportantChangeRule =
  | { readonly kind: 'fixed'; readonly points: number; readonly source: string }
  | {
      readonly kind: 'by-onset';
      readonly acute: number;
      readonly subacute: number;
      readonly chronic: number;
      readonly source: string;
    }
  | { readonly kind: 'mean-and-item'; readonly mean: number; readonly item: number; readonly source: string }
  | { readonly kind: 'none'; readonly source: string };

/**
 * What the instrument's licence allows SOT Chart to ship. `free` instruments may be reproduced;
 * `free-clinical-use` ones are free in practice but commercial redistribution is unconfirmed;
 * `proprietary` ones need a licence from the holder before their text is embedded.
 *
 * Source: clinical-notes §2 (licence column).
 *
 * @example
 * const licence: LicenceNote = { kind: 'free', holder: 'Stratford et al.', note: 'Authors permit reproduction.' };
 */
export interface LicenceNote {
  readonly kind: 'free' | 'free-clinical-use' | 'proprietary';
  readonly holder: string;
  readonly note: string;
}

/**
 * A questionnaire as SOT Chart knows it: identity and version, the items with the titles it may ship,
 * the answer scale, the score's unit and range, interpretation bands, the important-change rule,
 * the licence note and the publications it comes from.
 *
 * Source: clinical-notes §2.
 *
 * @example
 * ndi.items.length; // 10
 * ndi.score; // { unit: 'points', min: 0, max: 50, higherIsBetter: false }
 */
export interface InstrumentDefinition {
  readonly id: InstrumentId;
  readonly name: string;
  /** The version scored, e.g. '2.1a' for ODI; for unversioned instruments the defining publication's year. */
  readonly version: string;
  /** Fixed items; empty for PSFS, whose activities the patient names. */
  readonly items: readonly InstrumentItem[];
  /** How many activities the patient names (PSFS only). */
  readonly patientDefinedItems: { readonly min: number; readonly max: number } | null;
  readonly itemScale: { readonly min: number; readonly max: number };
  readonly score: {
    readonly unit: 'points' | 'percent';
    readonly min: number;
    readonly max: number;
    readonly higherIsBetter: boolean;
  };
  /** Interpretation bands of the headline score, low to high; empty when the instrument has none. */
  readonly bands: readonly ScoreBand[];
  readonly importantChange: ImportantChangeRule;
  readonly licence: LicenceNote;
  readonly sources: readonly string[];
}

const rangeSchema = z.object({ min: z.number(), max: z.number() });

/**
 * The schema of an {@link InstrumentDefinition}, as the API answers it in questionnaire forms.
 *
 * Source: clinical-notes §2.
 *
 * @example
 * InstrumentDefinitionSchema.parse(ndi);
 */
export const InstrumentDefinitionSchema = exactSchema<InstrumentDefinition>()(
  z.object({
    id: InstrumentIdSchema,
    name: z.string(),
    version: z.string(),
    items: z.array(z.object({ id: z.string(), title: z.string() })),
    patientDefinedItems: rangeSchema.nullable(),
    itemScale: rangeSchema,
    score: z.object({
      unit: z.enum(['points', 'percent']),
      min: z.number(),
      max: z.number(),
      higherIsBetter: z.boolean(),
    }),
    bands: z.array(ScoreBandSchema),
    importantChange: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('fixed'), points: z.number(), source: z.string() }),
      z.object({
        kind: z.literal('by-onset'),
        acute: z.number(),
        subacute: z.number(),
        chronic: z.number(),
        source: z.string(),
      }),
      z.object({ kind: z.literal('mean-and-item'), mean: z.number(), item: z.number(), source: z.string() }),
      z.object({ kind: z.literal('none'), source: z.string() }),
    ]),
    licence: z.object({
      kind: z.enum(['free', 'free-clinical-use', 'proprietary']),
      holder: z.string(),
      note: z.string(),
    }),
    sources: z.array(z.string()),
  }),
);
