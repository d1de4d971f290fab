import { i18n } from '../../../i18n/translation';
import type { EntryValue } from './entry-value';

// A pack item's wording from the protocol catalogue, else the text as the pack (or the user) gave it,
// marked as data so it is never taken for a missing translation.
function packOrData(kind: string, id: string, field: string, text: string): string {
  const key = `${kind}.${id}.${field}`;
  // The catalogue's keys are made from pack ids at run time, so they are not typed literals.
  if (i18n.exists(key, { ns: 'protocolContent' })) return i18n.t(key as never, { ns: 'protocolContent' });
  return i18n.getFixedT(null, 'charting')('entry.data', { text });
}

// The shorthand's words, each its own message (the keys typed: L, R, B, 0).
const sideKey = {
  L: 'entry.side.L',
  R: 'entry.side.R',
  bilateral: 'entry.side.bilateral',
  none: 'entry.side.none',
} as const satisfies Record<NonNullable<EntryValue['side']>, string>;
const fossaKey = { upper: 'entry.fossa.upper', lower: 'entry.fossa.lower' } as const;

/**
 * A value in the chart's own shorthand, as it is typed: `R +`, `L 6 mm`, `L 40° +`, `G2`, `0`.
 * Empty when nothing is entered. Called while rendering, in the app's language.
 */
export function entryText(value: EntryValue | undefined): string {
  if (value === undefined) return '';
  const t = i18n.getFixedT(null, 'charting');
  const parts: string[] = [];
  if (value.side !== undefined) parts.push(t(sideKey[value.side]));
  if (value.positive !== undefined && value.side === undefined) parts.push(value.positive ? '+' : '−');
  if (value.positive === true && value.side !== undefined && value.side !== 'none') parts.push('+');
  if (value.grade !== undefined && !(value.grade === 0 && value.side === 'none'))
    parts.push(t('entry.grade', { grade: value.grade }));
  if (value.mm !== undefined && value.side !== 'none') parts.push(t('entry.mm', { mm: value.mm }));
  if (value.degrees !== undefined) parts.push(`${value.degrees}°`);
  if (value.symptomReproduced !== undefined)
    parts.push(value.symptomReproduced ? t('entry.symptom.reproduced') : t('entry.symptom.notReproduced'));
  const site = value.site;
  if (site?.fossa !== undefined) parts.push(t(fossaKey[site.fossa]));
  if (site?.structure !== undefined)
    parts.push(packOrData('cranial', site.structure, 'name', site.structure));
  if (site?.level !== undefined && site.line === undefined) parts.push(t('entry.data', { text: site.level }));
  if (site?.direction !== undefined) parts.push(t('entry.data', { text: site.direction }));
  return parts.join(' ');
}
