/** Words for the values a visit records, shared by the documents. */
export const visitTypeLabels: Readonly<Record<string, string>> = {
  new_patient: 'New patient',
  follow_up: 'Follow-up',
  re_exam: 'Re-examination',
};

const sideLabels: Readonly<Record<string, string>> = {
  L: 'left',
  R: 'right',
  bilateral: 'both sides',
  none: '',
};

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
