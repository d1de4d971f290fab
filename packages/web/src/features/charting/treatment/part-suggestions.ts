import {
  isPositive,
  regionOfSegment,
  type Finding,
  type PartLetter,
  type ProtocolPack,
  type ResultShapeId,
  type Segment,
} from '@sotchart/engine';

const order: readonly PartLetter[] = ['P', 'A', 'R', 'T'];

// A measured difference (a short leg) is an asymmetry even though the engine never calls it positive.
function abnormal(finding: Finding, shape: ResultShapeId): boolean {
  if (shape === 'side_mm') return finding.side === 'L' || finding.side === 'R';
  return isPositive(finding);
}

/**
 * The PART letters the pack suggests for a treated segment: the letter of every abnormal pre-check
 * finding whose indicator maps to the segment's region, or that was found at that very level. The
 * practitioner confirms them.
 */
export function suggestedPart(
  segment: Segment,
  findings: readonly Finding[],
  pack: ProtocolPack,
): PartLetter[] {
  const region = regionOfSegment(segment);
  const found = new Set<PartLetter>();
  for (const f of findings) {
    if (f.phase !== 'pre') continue;
    const spec = pack.indicators.find((s) => s.id === f.indicator);
    if (spec === undefined || spec.partLetter === null || !abnormal(f, spec.result)) continue;
    if (spec.region === region || f.site?.level === segment) found.add(spec.partLetter);
  }
  return order.filter((l) => found.has(l));
}
