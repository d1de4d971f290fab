/** A label's box on the page, in points from the top left, with the text it holds. */
export interface LabelBox {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** True when two boxes share any area (touching edges do not count). */
export function overlaps(a: LabelBox, b: LabelBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

const overlapArea = (a: LabelBox, b: LabelBox): number =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

const isInside = (c: LabelBox, within: Omit<LabelBox, 'text'>): boolean =>
  c.x >= within.x &&
  c.y >= within.y &&
  c.x + c.width <= within.x + within.width &&
  c.y + c.height <= within.y + within.height;

/** The first candidate inside `within` that overlaps no label already placed, if any. */
export function freeSpot(
  candidates: readonly LabelBox[],
  placed: readonly LabelBox[],
  within: Omit<LabelBox, 'text'>,
): LabelBox | undefined {
  return candidates.find((c) => isInside(c, within) && placed.every((p) => !overlaps(c, p)));
}

/**
 * Picks where a label goes: the first free candidate (see {@link freeSpot}); when none is free, the
 * one that covers the least, other labels weighing most, so a crowded chart stays as readable as it
 * can.
 * Candidates are in order of preference.
 */
export function placeLabel(
  candidates: readonly LabelBox[],
  placed: readonly LabelBox[],
  within: Omit<LabelBox, 'text'>,
): LabelBox {
  const free = freeSpot(candidates, placed, within);
  if (free !== undefined) return free;
  // Covering another label costs far more than crossing the line or a dot (the boxes with no text).
  const cost = (c: LabelBox) =>
    placed.reduce((sum, p) => sum + overlapArea(c, p) * (p.text === '' ? 1 : 1000), 0) +
    (isInside(c, within) ? 0 : 1e7);
  const [first, ...rest] = candidates;
  if (first === undefined) throw new Error('placeLabel needs at least one candidate');
  return rest.reduce((best, c) => (cost(c) < cost(best) ? c : best), first);
}
