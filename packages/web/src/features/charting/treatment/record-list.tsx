import type { ReactNode } from 'react';
import { useTranslation } from '../../../i18n/translation';
import { Button } from '../../../ui/button';

export interface RecordListProps<T> {
  readonly title: string;
  readonly items: readonly T[];
  readonly onChange: (items: T[]) => void;
  /** A new, blank entry. */
  readonly blank: () => T;
  readonly addLabel: string;
  /** The fields of one entry, given a setter for it. */
  readonly row: (item: T, set: (item: T) => void, index: number) => ReactNode;
  readonly max?: number;
}

/** A list of structured entries (cranial work, muscle tests, …) with add and remove. */
export function RecordList<T>({
  title,
  items,
  onChange,
  blank,
  addLabel,
  row,
  max = 30,
}: RecordListProps<T>) {
  const { t, i18n } = useTranslation('charting');
  // The list's name inside a sentence: lower case, except in German, where nouns keep their capital.
  const inSentence = i18n.language === 'de' ? title : title.toLowerCase();
  return (
    <fieldset className="record-list">
      <legend>{title}</legend>
      {items.length === 0 ? <p className="muted small">{t('recordList.none')}</p> : null}
      <ul className="plain-list">
        {items.map((item, i) => (
          <li key={i} className="record-row">
            {row(item, (next) => onChange(items.map((x, j) => (j === i ? next : x))), i)}
            <Button
              variant="link"
              aria-label={t('recordList.removeLabel', { list: inSentence, number: i + 1 })}
              onClick={() => onChange(items.filter((_, j) => j !== i))}
            >
              {t('recordList.remove')}
            </Button>
          </li>
        ))}
      </ul>
      {items.length >= max ? null : <Button onClick={() => onChange([...items, blank()])}>{addLabel}</Button>}
    </fieldset>
  );
}
