import { isPositive, resultShapes, type Finding, type Phase, type ResultShapeId } from '@sotchart/engine';
import type { EntryValue } from './entry-value';

/**
 * The finding a row's value makes, or null while a field its shape requires is still missing (a
 * side without millimetres, a reproduced SLR symptom without its degrees, a TS point without its level).
 */
export function completeFinding(
  indicator: string,
  phase: Phase,
  shapeId: ResultShapeId,
  value: EntryValue,
): Finding | null {
  const shape = resultShapes[shapeId];
  if (shape.sided && value.side === undefined) return null;
  for (const field of shape.required) if (value[field] === undefined) return null;
  const sided = value.side === 'L' || value.side === 'R' || value.side === 'bilateral';
  if (sided) for (const field of shape.requiredWhenSided) if (value[field] === undefined) return null;
  if (isPositive({ indicator, phase, ...value }))
    for (const field of shape.requiredWhenPositive) if (value[field] === undefined) return null;
  for (const field of shape.siteRequired) if (value.site?.[field] === undefined) return null;
  const site = value.site === undefined || Object.keys(value.site).length === 0 ? undefined : value.site;
  const { site: _site, ...rest } = value;
  return { indicator, phase, ...rest, ...(site === undefined ? {} : { site }) };
}
