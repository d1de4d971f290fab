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
