import type { Finding } from '@sotchart/contract';

const sideText: Readonly<Record<NonNullable<Finding['side']>, string>> = {
  L: 'L',
  R: 'R',
  bilateral: 'B',
  none: '0',
};

/**
 * A finding in the chart's own shorthand, as typed at the table: side `L`/`R`/`B`/`0`, `+`/`−`,
 * grade, degrees, millimetres; e.g. "R +", "L 40°", "G2".
 */
export function findingText(finding: Finding | undefined): string {
  if (finding === undefined) return '—';
  const parts: string[] = [];
  if (finding.side !== undefined) parts.push(sideText[finding.side]);
  if (finding.positive !== undefined && finding.side !== 'none') parts.push(finding.positive ? '+' : '−');
  if (finding.grade !== undefined) parts.push(`G${finding.grade}`);
  if (finding.degrees !== undefined) parts.push(`${finding.degrees}°`);
  if (finding.mm !== undefined) parts.push(`${finding.mm} mm`);
  return parts.length === 0 ? '·' : parts.join(' ');
}

/**
 * What a finding says about one side, for a verification item of that side (REFERENCE §9 reads a
 * sided pos/neg finding per side): `+` or `−` for that side (with its grade when positive); a per-side
 * grade or angle without the side letter, which the item's label already names. An unsided item reads
 * the whole finding.
 */
export function readingOnSide(finding: Finding | undefined, side: 'L' | 'R' | null | undefined): string {
  if (finding === undefined) return '—';
  if (side === null || side === undefined || finding.side === undefined) return findingText(finding);
  if (finding.positive !== undefined) {
    const positive = finding.positive && (finding.side === side || finding.side === 'bilateral');
    return positive && finding.grade !== undefined ? `+ G${finding.grade}` : positive ? '+' : '−';
  }
  const { side: _side, ...onThisSide } = finding;
  return findingText(onThisSide);
}
