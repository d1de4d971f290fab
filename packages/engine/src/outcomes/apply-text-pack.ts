import { z } from 'zod';
import { exactSchema } from '../exact-schema';
import type { InstrumentDefinition } from './instrument-definition';
import { InstrumentIdSchema } from './instrument-id';
import { TextPackSchema, type TextPack } from './text-pack';
import { validationFailed, type ErrorDetail, type Result } from '../errors';
import { zodDetails } from '../zod-details';

/**
 * One item as shown to a patient: the pack's wording, with the shipped title where the pack gives none.
 *
 * Source: issue 9 (text packs).
 *
 * @example
 * const item: LocalisedItem = { id: 'lifting', title: 'Soulever', text: null, options: null, anchors: null };
 */
export interface LocalisedItem {
  readonly id: string;
  readonly title: string;
  readonly text: string | null;
  readonly options: readonly string[] | null;
  readonly anchors: { readonly min: string; readonly max: string } | null;
}

/**
 * An instrument with a text pack laid over its shipped titles: every item worded by the pack.
 *
 * Source: issue 9 (text packs); issue 21 (a pack words every item).
 *
 * @example
 * localised.items.length; // 10 for NDI
 */
export interface LocalisedInstrument {
  readonly instrumentId: InstrumentDefinition['id'];
  readonly version: string;
  readonly language: string;
  readonly name: string;
  readonly instructions: string | null;
  readonly items: readonly LocalisedItem[];
  readonly licence: NonNullable<TextPack['licence']> | null;
  /** Where the wording comes from, as the pack names it. */
  readonly source: string | null;
  /** False for an unvalidated translation (its scores are marked); null when the pack does not say. */
  readonly validated: boolean | null;
}

/**
 * The schema of a {@link LocalisedInstrument}, as the API answers it in questionnaire forms.
 *
 * Source: issue 9 (text packs).
 *
 * @example
 * LocalisedInstrumentSchema.parse(localised);
 */
export const LocalisedInstrumentSchema = exactSchema<LocalisedInstrument>()(
  z.object({
    instrumentId: InstrumentIdSchema,
    version: z.string(),
    language: z.string(),
    name: z.string(),
    instructions: z.string().nullable(),
    items: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        text: z.string().nullable(),
        options: z.array(z.string()).nullable(),
        anchors: z.object({ min: z.string(), max: z.string() }).nullable(),
      }),
    ),
    licence: z
      .object({ holder: z.string(), reference: z.string(), statement: z.string().optional() })
      .nullable(),
    source: z.string().nullable(),
    validated: z.boolean().nullable(),
  }),
);

function packProblems(instrument: InstrumentDefinition, pack: TextPack): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  if (pack.instrumentId !== instrument.id)
    problems.push({
      path: 'instrumentId',
      message: `Pack is for ${pack.instrumentId}, not ${instrument.id}.`,
    });
  if (pack.version !== instrument.version)
    problems.push({
      path: 'version',
      message: `Pack is for version ${pack.version}; SOT Chart scores ${instrument.name} ${instrument.version}.`,
    });
  if (instrument.licence.kind === 'proprietary' && pack.licence === undefined)
    problems.push({
      path: 'licence',
      message: `${instrument.name} wording is proprietary (${instrument.licence.holder}): record the clinic's licence.`,
    });
  const missing = instrument.items.filter((item) => pack.items[item.id] === undefined).map((item) => item.id);
  if (missing.length > 0)
    problems.push({
      path: 'items',
      message: `Expected wording for all ${instrument.items.length} items of ${instrument.name}, got ${Object.keys(pack.items).length}; missing ${missing.join(', ')}.`,
    });
  const known = new Set(instrument.items.map((item) => item.id));
  const scaleLength = instrument.itemScale.max - instrument.itemScale.min + 1;
  // Statements are all-or-none: a patient must never meet statements on one screen and bare numbers on the next.
  const withStatements = Object.values(pack.items).some((item) => item.options !== undefined);
  for (const [id, item] of Object.entries(pack.items)) {
    if (!known.has(id)) {
      problems.push({ path: `items.${id}`, message: `${instrument.name} has no item "${id}".` });
      continue;
    }
    const count = item.options?.length ?? 0;
    if (withStatements && count !== scaleLength)
      problems.push({
        path: `items.${id}.options`,
        message: `Expected ${scaleLength} options (scale ${instrument.itemScale.min}–${instrument.itemScale.max}), got ${count}.`,
      });
  }
  return problems;
}

/**
 * Lays a text pack (licensed wording or a translation) over an instrument's shipped titles. The pack
 * must match the instrument's id and version, word every item and name no unknown one, give one
 * option per scale point (on every item, once any item has options), and carry a licence for
 * proprietary instruments; otherwise `VALIDATION_FAILED` naming each problem. Scoring never depends
 * on the wording.
 *
 * Source: issue 9 (text packs); issue 21 (validated against the item and option counts);
 * clinical-notes §2 (ODI licence: the text needs the owner's licence).
 *
 * @example
 * const items = Object.fromEntries(ndi.items.map((i) => [i.id, { text: `${i.title} ?` }]));
 * const result = applyTextPack(ndi, { instrumentId: 'ndi', version: '1991', language: 'fr-CA', items });
 * // result.value.items[2].text === 'Lifting ?'
 */
export function applyTextPack(instrument: InstrumentDefinition, pack: unknown): Result<LocalisedInstrument> {
  const parsed = TextPackSchema.safeParse(pack);
  if (!parsed.success) return validationFailed(zodDetails(parsed.error.issues, ''));
  const problems = packProblems(instrument, parsed.data);
  if (problems.length > 0) return validationFailed(problems);
  const { data } = parsed;
  const items = instrument.items.map((item): LocalisedItem => {
    const wording = data.items[item.id];
    return {
      id: item.id,
      title: wording?.title ?? item.title,
      text: wording?.text ?? null,
      options: wording?.options ?? null,
      anchors: wording?.anchors ?? null,
    };
  });
  return {
    ok: true,
    value: {
      instrumentId: instrument.id,
      version: instrument.version,
      language: data.language,
      name: data.title ?? instrument.name,
      instructions: data.instructions ?? null,
      items,
      licence: data.licence ?? null,
      source: data.source ?? null,
      validated: data.validated ?? null,
    },
  };
}
