import type { DocumentLanguage } from '../document-language';

const visitTypeKeys = {
  new_patient: 'visitType.newPatient',
  follow_up: 'visitType.followUp',
  re_exam: 'visitType.reExam',
} as const;

/** A visit's type in words, e.g. "Follow-up"; an unknown type as stored. */
export function visitTypeLabel(type: string, dl: DocumentLanguage): string {
  const key = visitTypeKeys[type as keyof typeof visitTypeKeys] as
    (typeof visitTypeKeys)[keyof typeof visitTypeKeys] | undefined;
  return key === undefined ? type : dl.t(key);
}

const levelKeys = {
  indicated: 'categoryLevel.indicated',
  supported: 'categoryLevel.supported',
  suggested: 'categoryLevel.suggested',
} as const;

/** "Category II, right side (supported)" or the reason there is none. */
export function categoryLabel(
  category: string,
  side: string | null,
  level: string | null,
  dl: DocumentLanguage,
): string {
  const { t } = dl;
  if (category === 'none') return t('category.none');
  if (category === 'undetermined') return t('category.undetermined');
  const name =
    side === null || side === 'none' || !['L', 'R', 'bilateral'].includes(side)
      ? t('category.name', { category })
      : t('category.withSide', { category, side });
  if (level === null) return name;
  const levelKey = levelKeys[level as keyof typeof levelKeys] as
    (typeof levelKeys)[keyof typeof levelKeys] | undefined;
  return t('category.withLevel', { label: name, level: levelKey === undefined ? level : t(levelKey) });
}

/** Formats a score for print: one decimal at most, with its unit. */
export function scoreText(value: number | null, unit: 'points' | 'percent', dl: DocumentLanguage): string {
  if (value === null) return dl.t('score.incomplete');
  const n = dl.number(value);
  return unit === 'percent' ? dl.t('score.percent', { value: n }) : n;
}
