import type { InstrumentId } from '@sotchart/engine';
import { i18n } from '../../i18n/translation';
import { formatLocale } from '../../i18n/format-locale';

/** Catalogue keys of the instruments' short names, for tables, badges and buttons. */
export const instrumentShortNameKeys = {
  nprs: 'instrument.nprs',
  psfs: 'instrument.psfs',
  'bournemouth-back': 'instrument.bournemouthBack',
  'bournemouth-neck': 'instrument.bournemouthNeck',
  ndi: 'instrument.ndi',
  odi: 'instrument.odi',
} as const satisfies Readonly<Record<InstrumentId, string>>;

/** Catalogue keys of the instruments' full names. */
export const instrumentNameKeys = {
  nprs: 'instrumentName.nprs',
  psfs: 'instrumentName.psfs',
  'bournemouth-back': 'instrumentName.bournemouthBack',
  'bournemouth-neck': 'instrumentName.bournemouthNeck',
  ndi: 'instrumentName.ndi',
  odi: 'instrumentName.odi',
} as const satisfies Readonly<Record<InstrumentId, string>>;

/** An instrument's short name in the app's language, e.g. "Bournemouth (back)". Call at render time. */
export function instrumentShortName(id: InstrumentId): string {
  return i18n.t(instrumentShortNameKeys[id], { ns: 'outcomes' });
}

/** An instrument's full name in the app's language, e.g. "Neck Disability Index". Call at render time. */
export function instrumentName(id: InstrumentId): string {
  return i18n.t(instrumentNameKeys[id], { ns: 'outcomes' });
}

/** Catalogue keys of the score bands by instrument and band id (the engine's labels are English). */
const bandKeys = {
  'nprs.none': 'band.nprs.none',
  'nprs.mild': 'band.nprs.mild',
  'nprs.moderate': 'band.nprs.moderate',
  'nprs.severe': 'band.nprs.severe',
  'ndi.none': 'band.ndi.none',
  'ndi.mild': 'band.ndi.mild',
  'ndi.moderate': 'band.ndi.moderate',
  'ndi.severe': 'band.ndi.severe',
  'ndi.complete': 'band.ndi.complete',
  'odi.minimal': 'band.odi.minimal',
  'odi.moderate': 'band.odi.moderate',
  'odi.severe': 'band.odi.severe',
  'odi.crippled': 'band.odi.crippled',
  'odi.bed-bound-or-exaggerating': 'band.odi.bedBound',
} as const;
type BandKey = (typeof bandKeys)[keyof typeof bandKeys];

/** A score band's label in the app's language (the engine's English label when it has no message). */
export function bandLabel(instrumentId: InstrumentId, bandId: string, english: string): string {
  const key = (bandKeys as Readonly<Record<string, BandKey>>)[`${instrumentId}.${bandId}`];
  return key === undefined ? english : i18n.t(key, { ns: 'outcomes' });
}

/** A number as shown: one decimal at most, in the app's language. */
function numberText(value: number): string {
  return new Intl.NumberFormat(formatLocale(), { maximumFractionDigits: 1 }).format(value);
}

/** A score as shown: one decimal at most, "%" for percent scores, "—" when not scored. */
export function scoreText(value: number | null, unit: 'points' | 'percent'): string {
  if (value === null) return '—';
  const n = numberText(value);
  return unit === 'percent' ? i18n.t('score.percent', { ns: 'outcomes', value: n }) : n;
}

/** A change since baseline as shown, e.g. "−11.2 (improved)". */
export function changeText(delta: number | null, verdict: string | null): string {
  if (delta === null) return i18n.t('change.baseline', { ns: 'outcomes' });
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '';
  const text = `${sign}${numberText(Math.abs(delta))}`;
  if (verdict === null || verdict === 'none') return text;
  return i18n.t('change.withVerdict', { ns: 'outcomes', delta: text, verdict });
}

/** Catalogue keys of the schedule statuses. */
export const scheduleStatusKeys = {
  upcoming: 'scheduleStatus.upcoming',
  due: 'scheduleStatus.due',
  overdue: 'scheduleStatus.overdue',
  unscheduled: 'scheduleStatus.unscheduled',
} as const satisfies Readonly<Record<string, string>>;
