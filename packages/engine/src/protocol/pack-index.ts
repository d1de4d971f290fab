import { resultShapes, type ResultShape } from '../findings/result-shape';
import type { CategoryId } from './category-id';
import type { IndicatorSpec } from './indicator-spec';
import type { ProtocolPack } from './protocol-pack';

/**
 * What a finding's indicator id refers to in a pack: a catalog indicator, a red flag or a
 * contraindication, with its result shape and its place in the pack's order.
 *
 * Source: REFERENCE §2, §7.
 *
 * @example
 * indexPack(defaultPack).entries.get('rf_fracture')?.kind; // 'red_flag'
 */
export type IndicatorEntry =
  | {
      readonly kind: 'indicator';
      readonly order: number;
      readonly spec: IndicatorSpec;
      readonly shape: ResultShape;
    }
  | { readonly kind: 'red_flag' | 'contraindication'; readonly order: number; readonly shape: ResultShape };

/**
 * Lookups the engine needs on every call, built once per pack object: the entry for each id, the
 * priority order, and the primary and supporting indicators of each category.
 *
 * Source: REFERENCE §2, §3.
 *
 * @example
 * indexPack(defaultPack).primaries.get('II'); // ['arm_fossa']
 */
export interface PackIndex {
  readonly entries: ReadonlyMap<string, IndicatorEntry>;
  readonly disabled: ReadonlySet<string>;
  readonly priority: readonly CategoryId[];
  readonly priorityRuleId: string;
  readonly primaries: ReadonlyMap<CategoryId, readonly IndicatorSpec[]>;
  readonly supporting: ReadonlyMap<CategoryId, readonly IndicatorSpec[]>;
  readonly cranial: ReadonlySet<string>;
}

// Packs are immutable values, so an index keyed by the pack object is safe to reuse; the cache
// keeps the engine's hot path (analysis on every keystroke) free of repeated setup.
const cache = new WeakMap<ProtocolPack, PackIndex>();

/**
 * The {@link PackIndex} of a pack, built on first use and then reused for the same pack object.
 *
 * Source: REFERENCE §2, §3.
 *
 * @example
 * indexPack(defaultPack).priority; // ['III', 'II', 'I']
 */
export function indexPack(pack: ProtocolPack): PackIndex {
  const hit = cache.get(pack);
  if (hit !== undefined) return hit;
  const entries = new Map<string, IndicatorEntry>();
  pack.indicators.forEach((spec, order) =>
    entries.set(spec.id, { kind: 'indicator', order, spec, shape: resultShapes[spec.result] }),
  );
  const offset = pack.indicators.length;
  pack.redFlags.forEach((r, n) =>
    entries.set(r.id, { kind: 'red_flag', order: offset + n, shape: resultShapes.screen }),
  );
  pack.contraindications.forEach((c, n) =>
    entries.set(c.id, {
      kind: 'contraindication',
      order: offset + pack.redFlags.length + n,
      shape: resultShapes.screen,
    }),
  );
  const preset = pack.priorityPresets.find((p) => p.id === pack.priority) ?? pack.priorityPresets[0];
  if (preset === undefined) throw new Error(`pack ${pack.packRef} has no priority preset`);
  const primaries = new Map<CategoryId, IndicatorSpec[]>();
  const supporting = new Map<CategoryId, IndicatorSpec[]>();
  for (const c of preset.order) {
    primaries.set(c, []);
    supporting.set(c, []);
  }
  for (const spec of pack.indicators) {
    if (spec.category === null || spec.role === null) continue;
    (spec.role === 'P' ? primaries : supporting).get(spec.category)?.push(spec);
  }
  const index: PackIndex = {
    entries,
    disabled: new Set(pack.disabledIndicators),
    priority: preset.order,
    priorityRuleId: preset.ruleId,
    primaries,
    supporting,
    cranial: new Set(pack.cranialStructures),
  };
  cache.set(pack, index);
  return index;
}
