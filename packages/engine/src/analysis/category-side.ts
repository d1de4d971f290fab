import type { Finding, Side } from '../findings/finding';
import { isPositive } from '../findings/is-positive';
import type { CategoryId } from '../protocol/category-id';
import type { PackIndex } from '../protocol/pack-index';
import type { ProtocolPack } from '../protocol/protocol-pack';

/**
 * The side of a category from its pack definition: the first group of `sideFrom` that yields a side
 * wins; within a group the sides of its positive findings combine (left and right → bilateral). A
 * leg check, never positive, gives its short-leg side.
 *
 * Source: REFERENCE §3 ("Side": I — leg_check short leg, else heel tension; II — positive arm–fossa
 * side; III — side of the positive SLR or sciatic pain points).
 *
 * @example
 * categorySide('II', pre, defaultPack, indexPack(defaultPack)); // 'R'
 */
export function categorySide(
  category: CategoryId,
  pre: readonly Finding[],
  pack: ProtocolPack,
  index: PackIndex,
): Side | null {
  const definition = pack.categories.find((c) => c.id === category);
  for (const group of definition?.sideFrom ?? []) {
    let left = false;
    let right = false;
    for (const finding of pre) {
      if (!group.includes(finding.indicator)) continue;
      const entry = index.entries.get(finding.indicator);
      const counts = entry?.shape.positive === 'never' || isPositive(finding);
      if (!counts) continue;
      if (finding.side === 'L' || finding.side === 'bilateral') left = true;
      if (finding.side === 'R' || finding.side === 'bilateral') right = true;
    }
    if (left && right) return 'bilateral';
    if (left) return 'L';
    if (right) return 'R';
  }
  return null;
}

/**
 * The short-leg side from the pre-check's `leg_check`: `L`/`R`, `none` when even, `null` when the
 * leg check was not done.
 *
 * Source: REFERENCE §2 (leg_check `side` = the short leg), §3 (bilateral → sides from leg_check).
 *
 * @example
 * shortLegSide([{ indicator: 'leg_check', phase: 'pre', side: 'R', mm: 6 }]); // 'R'
 */
export function shortLegSide(pre: readonly Finding[]): 'L' | 'R' | 'none' | null {
  const check = pre.find((f) => f.indicator === 'leg_check' && f.phase === 'pre');
  if (check === undefined) return null;
  return check.side === 'L' || check.side === 'R' ? check.side : 'none';
}
