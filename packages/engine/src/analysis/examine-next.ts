import type { CategoryId } from '../protocol/category-id';
import type { PackIndex } from '../protocol/pack-index';
import type { CategoryEvaluation } from './category-evaluation';

/**
 * The indicators to examine next, in order: a suggested primary category's own primary tests first;
 * then the unexamined primary indicators of every category that outranks the primary one, then of
 * the others, in priority order; then the primary tests of any other suggested category.
 *
 * Source: REFERENCE §3 ("Examine next"; "a suggested primary … with its primary test first").
 *
 * @example
 * examineNext('II', evaluations, indexPack(defaultPack)); // ['slr', 'sciatic_pain_points'] when III was not examined
 */
export function examineNext(
  primary: CategoryId | null,
  evaluations: ReadonlyMap<CategoryId, CategoryEvaluation>,
  index: PackIndex,
): string[] {
  const out: string[] = [];
  const add = (ids: readonly string[]): void => {
    for (const id of ids) if (!out.includes(id)) out.push(id);
  };
  const primaryIdsOf = (c: CategoryId): string[] => (index.primaries.get(c) ?? []).map((s) => s.id);
  const primaryEvaluation = primary === null ? undefined : evaluations.get(primary);
  if (primary !== null && primaryEvaluation?.level === 'suggested') add(primaryIdsOf(primary));
  const rank = primary === null ? -1 : index.priority.indexOf(primary);
  const outranking = index.priority.filter((_, n) => n < rank);
  const others = index.priority.filter((_, n) => n >= rank);
  for (const c of [...outranking, ...others]) add(evaluations.get(c)?.unexaminedPrimaries ?? []);
  for (const c of index.priority) if (evaluations.get(c)?.level === 'suggested') add(primaryIdsOf(c));
  return out;
}
