import { z } from 'zod';
import { requiredText, shortText } from './common';

/** The spinal CMT codes; legacy modifiers belong on this line (clinical-notes §1.4: AT/GA go on 98940–98942). */
const spinalCmtCodes: readonly string[] = ['98940', '98941', '98942'];

/** Most lines a confirmed coding holds: a CMS-1500 has six service lines per page, a few pages at most. */
const maxLines = 24;

/**
 * One service line of a claim, as on a CMS-1500 box 24: the CPT code (5 digits) or HCPCS code (a letter
 * and 4 digits) — the number only, never an AMA descriptor — up to four 2-character modifiers, pointers
 * into the diagnosis list (1-based; box 24E takes 1 to 4 of them) and the units. A draft may hold a code
 * still being typed, or a line with no pointer yet or too many: the coding checks (engine `checkCoding`,
 * rules `cpt.format` and `line.pointers`) refuse those at signing, so a draft saves while it is typed.
 */
export const CodingLineSchema = z.object({
  code: shortText(8).toUpperCase(),
  modifiers: z
    .array(
      z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^[A-Z0-9]{2}$/, 'must be a 2-character modifier'),
    )
    .max(4, 'a line takes at most 4 modifiers')
    .default([]),
  pointers: z.array(z.number().int().min(1).max(12)).max(12).default([]),
  units: z.number().int().min(1).max(99).default(1),
});
export type CodingLine = z.infer<typeof CodingLineSchema>;

/** A practitioner's written reason for going ahead despite an overridable coding check (`rule` is its id). */
export const CodingOverrideSchema = z.object({
  rule: requiredText(80),
  reason: requiredText(1000),
});
export type CodingOverride = z.infer<typeof CodingOverrideSchema>;

/** Stored records from before claim lines: procedures and one set of modifiers for the whole visit. */
const LegacyCodingSchema = z.object({
  diagnoses: z.array(z.string()).default([]),
  procedures: z.array(z.string()),
  modifiers: z.array(z.string()).default([]),
});

/**
 * Turns a stored coding of the old shape (`procedures` + `modifiers`) into claim lines: one line per
 * procedure; the modifiers go on the spinal CMT line (98940–98942), else on the first line; each line
 * points at the first (up to 4) diagnoses. Anything else passes through unchanged.
 */
export function linesFromLegacyCoding(value: unknown): unknown {
  const legacy = LegacyCodingSchema.safeParse(value);
  if (!legacy.success || (value as { lines?: unknown }).lines !== undefined) return value;
  const { diagnoses, procedures, modifiers } = legacy.data;
  const spinal = procedures.findIndex((code) => spinalCmtCodes.includes(code));
  const withModifiers = spinal === -1 ? 0 : spinal;
  const pointers = diagnoses.slice(0, 4).map((_, index) => index + 1);
  return {
    diagnoses,
    lines: procedures.map((code, index) => ({
      code,
      modifiers: index === withModifiers ? modifiers : [],
      pointers,
      units: 1,
    })),
    overrides: [],
  };
}

/**
 * What the practitioner confirms for billing, shaped as a claim: the diagnoses in order (pointer 1 is
 * the first), the service lines, and written override reasons for coding checks that allow one.
 * Diagnoses are kept as typed (the coding checks report a malformed one), so a draft always saves.
 * Records stored in the old shape are read through {@link linesFromLegacyCoding}.
 */
export const ConfirmedCodingSchema = z.preprocess(
  linesFromLegacyCoding,
  z.object({
    diagnoses: z.array(shortText(10).toUpperCase()).max(12).default([]),
    lines: z.array(CodingLineSchema).max(maxLines).default([]),
    overrides: z.array(CodingOverrideSchema).max(40).default([]),
  }),
);
export type ConfirmedCoding = z.infer<typeof ConfirmedCodingSchema>;

/** A coding with nothing confirmed. */
export const emptyConfirmedCoding = (): ConfirmedCoding => ({ diagnoses: [], lines: [], overrides: [] });

/**
 * A stored record's confirmed coding in today's shape: repositories read the JSON column through this,
 * so records saved before claim lines come back with lines. Stored values were validated on their way
 * in, so one that does not parse is a bug and throws rather than reading as nothing confirmed.
 */
export function storedConfirmedCoding(value: unknown): ConfirmedCoding {
  return ConfirmedCodingSchema.parse(value ?? {});
}

/**
 * One claim line in words, the same on the screen, the note and the exports: the code, its modifiers,
 * the units when more than one, and the diagnosis pointers, e.g. `98941 AT (dx 1, 2)`.
 */
export function codingLineText(line: CodingLine): string {
  const modifiers = line.modifiers.length === 0 ? '' : ` ${line.modifiers.join(' ')}`;
  const units = line.units > 1 ? ` ×${line.units}` : '';
  const pointers = line.pointers.length === 0 ? '' : ` (dx ${line.pointers.join(', ')})`;
  return `${line.code}${modifiers}${units}${pointers}`;
}
