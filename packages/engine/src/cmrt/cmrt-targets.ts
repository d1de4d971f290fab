import { z } from 'zod';
import { FindingSiteSchema, SideSchema, type Finding, type Side } from '../findings/finding';
import { isPositive } from '../findings/is-positive';
import { segments, type Segment } from '../findings/segment';
import { CertaintySchema, type Certainty } from '../protocol/certainty';
import type { ProtocolPack } from '../protocol/protocol-pack';
import { exactSchema } from '../exact-schema';

/**
 * One positive occipital-fibre finding read for treatment: its line type (1 dural, 2 reflex/visceral
 * — the CMRT line, 3 structural), the vertebral levels the pack maps its area to (none in the default
 * pack: "level not mapped"), the level the practitioner recorded, and for line 2 the viscera SOT
 * associates with those levels, labelled as a claim.
 *
 * Source: REFERENCE §5; SOURCES §3.2, §3.3.
 *
 * @example
 * const target: CmrtTarget = cmrtTargets(findings, defaultPack)[0]!;
 * target.levelNote; // 'level not mapped'
 */
export interface CmrtTarget {
  readonly indicator: string;
  readonly side: Side | null;
  readonly line: 1 | 2 | 3;
  readonly area: 1 | 2 | 3 | 4 | 5 | 6 | 7;
  readonly grade: 0 | 1 | 2 | 3;
  readonly lineType: 'dural' | 'reflex_visceral' | 'structural';
  readonly lineName: string;
  readonly tender: string;
  readonly listing: string;
  readonly levelStatus: 'mapped' | 'not_mapped';
  readonly levelNote: string;
  readonly levels: readonly Segment[];
  readonly recordedLevel: Segment | null;
  readonly viscera: readonly { readonly level: Segment; readonly organ: string }[];
  readonly visceraNote: string | null;
  readonly visceraCertainty: Certainty | null;
  readonly certainty: Certainty;
  readonly sources: readonly string[];
}

/**
 * The schema of a {@link CmrtTarget}, as the API answers it inside a visit's engine result.
 *
 * Source: REFERENCE §5.
 *
 * @example
 * z.array(CmrtTargetSchema).parse(cmrtTargets(findings, defaultPack));
 */
export const CmrtTargetSchema = exactSchema<CmrtTarget>()(
  z.object({
    indicator: z.string(),
    side: SideSchema.nullable(),
    line: FindingSiteSchema.shape.line.unwrap(),
    area: FindingSiteSchema.shape.area.unwrap(),
    grade: z.literal([0, 1, 2, 3]),
    lineType: z.enum(['dural', 'reflex_visceral', 'structural']),
    lineName: z.string(),
    tender: z.string(),
    listing: z.string(),
    levelStatus: z.enum(['mapped', 'not_mapped']),
    levelNote: z.string(),
    levels: z.array(z.enum(segments)),
    recordedLevel: z.enum(segments).nullable(),
    viscera: z.array(z.object({ level: z.enum(segments), organ: z.string() })),
    visceraNote: z.string().nullable(),
    visceraCertainty: CertaintySchema.nullable(),
    certainty: CertaintySchema,
    sources: z.array(z.string()),
  }),
);

/**
 * The CMRT reading of every positive pre-check occipital-fibre finding, ordered by line, area and
 * side. Levels come only from the pack's `cmrtMap` (a clinic's own chart) or the level the
 * practitioner recorded; the engine never invents a mapping.
 *
 * Source: REFERENCE §5; issue 4 item 5.
 *
 * @example
 * cmrtTargets([{ indicator: 'occipital_fibers', phase: 'pre', side: 'L', site: { line: 2, area: 5 }, grade: 2 }], defaultPack)[0]?.levelStatus;
 * // 'not_mapped'
 */
export function cmrtTargets(findings: readonly Finding[], pack: ProtocolPack): CmrtTarget[] {
  const targets: CmrtTarget[] = [];
  for (const f of findings) {
    const line = f.site?.line;
    const area = f.site?.area;
    if (f.indicator !== 'occipital_fibers' || f.phase !== 'pre' || !isPositive(f)) continue;
    if (line === undefined || area === undefined) continue;
    const meaning = pack.cmrt.lines.find((l) => l.line === line);
    if (meaning === undefined) continue;
    const levels = pack.cmrt.cmrtMap[String(area) as keyof typeof pack.cmrt.cmrtMap] ?? [];
    const recordedLevel = f.site?.level ?? null;
    // Viscera belong to the reflex/visceral line only: lines 1 and 3 read the same vertebra as a
    // dural or a structural lesion (SOURCES §3.2), not as an organ reflex.
    const visceralLevels =
      meaning.type === 'reflex_visceral'
        ? [...new Set([...levels, ...(recordedLevel === null ? [] : [recordedLevel])])]
        : [];
    const viscera = visceralLevels.flatMap((level) =>
      pack.cmrt.viscera.filter((v) => v.level === level).map((v) => ({ level, organ: v.organ })),
    );
    targets.push({
      indicator: f.indicator,
      side: f.side ?? null,
      line,
      area,
      grade: f.grade ?? 0,
      lineType: meaning.type,
      lineName: meaning.name,
      tender: meaning.tender,
      listing: meaning.listing,
      levelStatus: levels.length > 0 ? 'mapped' : 'not_mapped',
      levelNote: levels.length > 0 ? `area ${area} → ${levels.join(', ')} (clinic map)` : 'level not mapped',
      levels,
      recordedLevel,
      viscera,
      visceraNote: viscera.length > 0 ? pack.cmrt.claimNote : null,
      visceraCertainty: viscera.length > 0 ? pack.cmrt.visceraCertainty : null,
      certainty: pack.cmrt.certainty,
      sources: pack.cmrt.sources,
    });
  }
  return targets.sort(
    (a, b) => a.line - b.line || a.area - b.area || (a.side ?? '').localeCompare(b.side ?? ''),
  );
}
