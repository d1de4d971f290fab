import { categoryIds } from './category-id';
import type { PlacementSpec } from './placement-spec';
import type { ProtocolPack } from './protocol-pack';
import type { ProtocolOverride } from './protocol-override';

/**
 * The `packRef` of an effective pack: `sot-standard@1.0.0` with no override (or revision 0), else
 * `sot-standard@1.0.0+clinic.r<revision>`.
 *
 * Source: REFERENCE §9 (`packRef`), §10.
 *
 * @example
 * packRefOf(defaultPack, 3); // 'sot-standard@1.0.0+clinic.r3'
 */
export function packRefOf(base: Pick<ProtocolPack, 'id' | 'version'>, revision: number): string {
  const ref = `${base.id}@${base.version}`;
  return revision > 0 ? `${ref}+clinic.r${revision}` : ref;
}

/**
 * The effective pack: `base` with a clinic's validated override applied (see {@link parseOverride}).
 * Disabled indicators leave the catalog (and so every rule) and are listed in `disabledIndicators`;
 * references an unvalidated override makes to unknown presets are ignored rather than thrown on.
 *
 * Source: REFERENCE §10.
 *
 * @example
 * mergePack(defaultPack, null, 0).packRef; // 'sot-standard@1.0.0'
 * mergePack(defaultPack, { priority: 'ii_first' }, 2).packRef; // 'sot-standard@1.0.0+clinic.r2'
 */
export function mergePack(
  base: ProtocolPack,
  override: ProtocolOverride | null,
  revision: number,
): ProtocolPack {
  if (override === null || revision === 0) return { ...base, packRef: packRefOf(base, 0) };
  const disabled = new Set([...base.disabledIndicators, ...(override.disableIndicators ?? [])]);
  const indicators = [...base.indicators, ...(override.addIndicators ?? [])].filter(
    (i) => !disabled.has(i.id),
  );
  const placements = { ...base.placements };
  for (const category of categoryIds) {
    const entry = override.placements?.[category];
    if (entry === undefined) continue;
    const chosen: PlacementSpec | undefined =
      'preset' in entry
        ? base.placementPresets.find((p) => p.id === entry.preset && p.category === category)?.placement
        : entry;
    if (chosen !== undefined) placements[category] = chosen;
  }
  return {
    ...base,
    packRef: packRefOf(base, revision),
    indicators,
    disabledIndicators: [...disabled].sort(),
    priority: override.priority ?? base.priority,
    placements,
    blocking: {
      ...base.blocking,
      recheckSeconds: override.blocking?.recheckSeconds ?? base.blocking.recheckSeconds,
      maxMinutes: override.blocking?.maxMinutes ?? base.blocking.maxMinutes,
      breathing: override.blocking?.breathing ?? base.blocking.breathing,
    },
    cmrt: { ...base.cmrt, cmrtMap: override.cmrtMap ?? base.cmrt.cmrtMap },
    sources: [...base.sources, ...(override.sources ?? [])],
  };
}
