import type { EntryValue } from './entry-value';

const sideText = { L: 'L', R: 'R', bilateral: 'B', none: '0' } as const;

/**
 * A value in the chart's own shorthand, as it is typed: `R +`, `L 6 mm`, `L 40° +`, `G2`, `0`.
 * Empty when nothing is entered.
 */
export function entryText(value: EntryValue | undefined): string {
  if (value === undefined) return '';
  const parts: string[] = [];
  if (value.side !== undefined) parts.push(sideText[value.side]);
  if (value.positive !== undefined && value.side === undefined) parts.push(value.positive ? '+' : '−');
  if (value.positive === true && value.side !== undefined && value.side !== 'none') parts.push('+');
  if (value.grade !== undefined && !(value.grade === 0 && value.side === 'none'))
    parts.push(`G${value.grade}`);
  if (value.mm !== undefined && value.side !== 'none') parts.push(`${value.mm} mm`);
  if (value.degrees !== undefined) parts.push(`${value.degrees}°`);
  if (value.symptomReproduced !== undefined) parts.push(value.symptomReproduced ? 'symptom +' : 'symptom −');
  const site = value.site;
  if (site?.fossa !== undefined) parts.push(`${site.fossa} fossa`);
  if (site?.structure !== undefined) parts.push(site.structure);
  if (site?.level !== undefined && site.line === undefined) parts.push(site.level);
  if (site?.direction !== undefined) parts.push(site.direction);
  return parts.join(' ');
}

/** The value in words for assistive technology, e.g. "right, positive". */
export function entrySpeech(value: EntryValue | undefined): string {
  const text = entryText(value);
  if (text === '') return 'not examined';
  return text
    .replace(/^0\b/, 'negative both sides')
    .replace(/^L\b/, 'left')
    .replace(/^R\b/, 'right')
    .replace(/^B\b/, 'both sides')
    .replaceAll('+', 'positive')
    .replaceAll('−', 'negative');
}
