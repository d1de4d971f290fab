import type { ErrorDetail } from '../errors';
import type { PackIndex } from '../protocol/pack-index';
import type { Finding } from './finding';
import { isPositive } from './is-positive';
import type { SiteField, ValueField } from './result-shape';

const valueFields: readonly ValueField[] = ['positive', 'grade', 'degrees', 'mm', 'symptomReproduced'];
const siteFields: readonly SiteField[] = ['fossa', 'line', 'area', 'level', 'direction', 'structure'];
const tsLevels = new Set([
  ...Array.from({ length: 12 }, (_, n) => `T${n + 1}`),
  ...Array.from({ length: 5 }, (_, n) => `L${n + 1}`),
]);

/**
 * Checks one structurally valid (or partly valid) finding against its indicator's result shape in
 * the pack and returns every problem. Fields listed in `skip` already failed the structural check,
 * so they are not reported again as missing.
 *
 * Source: REFERENCE §2 ("Invalid"), §7 (screen items are always `pre`).
 *
 * @example
 * checkFinding({ indicator: 'leg_check', phase: 'pre', side: 'L' }, '0', indexPack(defaultPack), new Set());
 * // [{ path: '0.mm', message: 'mm is required for leg_check when side is L, R or bilateral' }]
 */
export function checkFinding(
  finding: Partial<Finding>,
  path: string,
  index: PackIndex,
  skip: ReadonlySet<string>,
): ErrorDetail[] {
  const id = finding.indicator;
  if (id === undefined) return [];
  const entry = index.entries.get(id);
  if (entry === undefined) {
    const message = index.disabled.has(id)
      ? `indicator "${id}" is disabled in this clinic's protocol`
      : `unknown indicator "${id}"`;
    return [{ path: `${path}.indicator`, message }];
  }
  const shape = entry.shape;
  const details: ErrorDetail[] = [];
  const add = (field: string, message: string): void => {
    details.push({ path: `${path}.${field}`, message });
  };

  if (shape.preOnly && finding.phase === 'post') add('phase', `${id} is a screen item and is always 'pre'`);
  if (shape.sided) {
    if (finding.side === undefined && !skip.has('side')) add('side', `side is required for ${id}`);
    else if (finding.side !== undefined && !shape.sides.includes(finding.side))
      add(
        'side',
        shape.perSide
          ? `side must be L or R for ${id}: each side is its own finding`
          : `side must be one of ${shape.sides.join(', ')} for ${id}`,
      );
  } else if (finding.side !== undefined) {
    add('side', `${id} has no side`);
  }

  const sided = finding.side === 'L' || finding.side === 'R' || finding.side === 'bilateral';
  const positive = isPositive(finding as Finding);
  for (const field of valueFields) {
    const present = finding[field] !== undefined;
    const allowed =
      shape.required.includes(field) ||
      shape.optional.includes(field) ||
      shape.requiredWhenSided.includes(field) ||
      shape.requiredWhenPositive.includes(field);
    if (present && !allowed) add(field, `${field} is not part of ${id}'s result`);
    if (!present && !skip.has(field) && shape.required.includes(field))
      add(field, `${field} is required for ${id}`);
    if (!present && !skip.has(field) && sided && shape.requiredWhenSided.includes(field))
      add(field, `${field} is required for ${id} when side is L, R or bilateral`);
    if (!present && !skip.has(field) && positive && shape.requiredWhenPositive.includes(field))
      add(field, `${field} is required for ${id} when it is positive`);
  }

  if (!skip.has('site')) {
    const site = finding.site ?? {};
    for (const field of siteFields) {
      const present = site[field] !== undefined;
      if (present && !shape.siteRequired.includes(field) && !shape.siteOptional.includes(field))
        add(`site.${field}`, `site.${field} is not part of ${id}'s site`);
      if (!present && shape.siteRequired.includes(field))
        add(`site.${field}`, `site.${field} is required for ${id}`);
    }
    if (shape.structureFrom === 'ts_point') {
      if (site.structure !== undefined && site.structure !== 'A' && site.structure !== 'B')
        add('site.structure', 'a TS point is A or B');
      if (site.level !== undefined && !tsLevels.has(site.level))
        add('site.level', 'a TS point level is T1–L5');
    }
    if (
      shape.structureFrom === 'cranial' &&
      site.structure !== undefined &&
      !index.cranial.has(site.structure)
    )
      add('site.structure', `unknown cranial structure "${site.structure}"`);
  }

  // A per-side shape refuses 'none' itself (above); this is for the shapes that take it.
  if (finding.side === 'none' && shape.sides.includes('none') && positive)
    add('side', "side 'none' never goes with a positive result");
  if (finding.side === 'none' && finding.mm !== undefined && finding.mm > 0)
    add('mm', "side 'none' means even legs: mm must be 0");
  if (
    finding.positive === false &&
    finding.grade !== undefined &&
    finding.grade > 0 &&
    shape.positive === 'flag'
  )
    add('grade', 'a negative finding has no grade above 0');
  return details;
}
