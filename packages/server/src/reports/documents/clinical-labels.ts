import type { Change, Finding } from '@sotchart/engine';

/** Words for the values a visit records, shared by the documents. */
export const visitTypeLabels: Readonly<Record<string, string>> = {
  new_patient: 'New patient',
  follow_up: 'Follow-up',
  re_exam: 'Re-examination',
};

export const changeLabels: Readonly<Record<Change, string>> = {
  cleared: 'cleared',
  improved: 'improved',
  unchanged: 'unchanged',
  worse: 'worse',
  side_changed: 'side changed',
  new: 'new',
  not_rechecked: 'not re-checked',
};

const sideLabels: Readonly<Record<string, string>> = {
  L: 'left',
  R: 'right',
  bilateral: 'both sides',
  none: '',
};

export const landmarkLabels: Readonly<Record<string, string>> = {
  trochanter: 'greater trochanter',
  acetabulum: 'acetabulum',
  asis: 'ASIS',
  iliac_crest: 'iliac crest',
};

/** A finding's value in words, e.g. "right, positive", "left 5 mm", "40°, symptom reproduced". */
export function findingValue(f: Finding | undefined): string {
  if (f === undefined) return '—';
  const parts = [
    f.side === undefined ? null : sideLabels[f.side] || null,
    f.positive === undefined ? null : f.positive ? 'positive' : 'negative',
    f.grade === undefined ? null : `grade ${f.grade}`,
    f.degrees === undefined ? null : `${f.degrees}°`,
    f.mm === undefined ? null : `${f.mm} mm`,
    f.symptomReproduced === true ? 'symptom reproduced' : null,
    f.carriedForward === true ? 'carried forward, confirmed' : null,
  ].filter((s): s is string => s !== null);
  if (f.side === 'none' && f.positive === false) return 'negative';
  return parts.length === 0 ? 'recorded' : parts.join(', ');
}

/** "Category II, right side (supported)" or the reason there is none. */
export function categoryLabel(category: string, side: string | null, level: string | null): string {
  if (category === 'none') return 'No category found';
  if (category === 'undetermined') return 'Undetermined (primary indicators not all examined)';
  const where =
    side === null || side === 'none'
      ? ''
      : `, ${sideLabels[side] ?? side}${side === 'bilateral' ? '' : ' side'}`;
  return `Category ${category}${where}${level === null ? '' : ` (${level})`}`;
}

/** Formats a score for print: one decimal at most, with its unit. */
export function scoreText(value: number | null, unit: 'points' | 'percent'): string {
  if (value === null) return 'incomplete';
  const n = Number.isInteger(value) ? String(value) : value.toFixed(1);
  return unit === 'percent' ? `${n} %` : n;
}
