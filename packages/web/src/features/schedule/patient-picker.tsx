import { useQuery } from '@tanstack/react-query';
import { formatSortedPersonName } from '@sotchart/i18n';
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../../i18n/translation';
import { searchPatients } from '../../api/patient-search-api';
import { queryKeys } from '../../api/query-keys';
import { formatCalendarDate } from '../../ui/date-format';
import { useDebouncedValue } from '../patients/use-debounced-value';

/** The patient a booking is for. */
export interface PickedPatient {
  readonly id: string;
  readonly name: string;
}

/**
 * Type a name, pick the patient: a combobox over the patient search. Arrow keys move through the
 * matches and Enter takes the highlighted one (or the only one) without submitting the form.
 */
export function PatientPicker({
  id,
  value,
  onChange,
  error,
}: {
  readonly id: string;
  readonly value: PickedPatient | null;
  readonly onChange: (patient: PickedPatient | null) => void;
  readonly error?: string | undefined;
}) {
  const { t, i18n } = useTranslation('schedule');
  const [text, setText] = useState(value?.name ?? '');
  const [active, setActive] = useState(0);
  const q = useDebouncedValue(text.trim(), 200);
  const listId = useId();
  const searching = value === null && q !== '';
  const results = useQuery({
    queryKey: queryKeys.patientPick(q),
    queryFn: ({ signal }) => searchPatients({ q, limit: 8 }, signal),
    enabled: searching,
  });
  const matches = searching && results.data !== undefined ? results.data.items : [];
  const open = matches.length > 0;
  const answered = searching && q === text.trim() && results.isSuccess && !results.isFetching;

  const choose = (index: number) => {
    const p = matches[index];
    if (p === undefined) return;
    const picked = { id: p.id, name: formatSortedPersonName(p, i18n.language) };
    setText(picked.name);
    onChange(picked);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && open) {
      event.preventDefault();
      setActive((a) => Math.min(matches.length - 1, a + 1));
    } else if (event.key === 'ArrowUp' && open) {
      event.preventDefault();
      setActive((a) => Math.max(0, a - 1));
    } else if (event.key === 'Enter' && value === null && text.trim() !== '') {
      // Enter in the name box picks a patient; it books only once one is picked.
      event.preventDefault();
      if (open && (answered || active > 0)) choose(active);
    }
  };
  const activeId = open ? `${listId}-${active}` : undefined;
  return (
    <div className={error === undefined ? 'field picker' : 'field field-invalid picker'}>
      <label htmlFor={id}>
        {t('picker.label')}
        <span className="required-mark"> {t('picker.required')}</span>
      </label>
      <input
        id={id}
        role="combobox"
        autoComplete="off"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeId}
        aria-invalid={error === undefined ? undefined : true}
        aria-describedby={error === undefined ? undefined : `${id}-error`}
        placeholder={t('picker.placeholder')}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
          if (value !== null) onChange(null);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={t('picker.matches')} className="picker-list" hidden={!open}>
        {matches.map((p, i) => (
          <li
            key={p.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'picker-option picker-active' : 'picker-option'}
            onPointerDown={(e) => e.preventDefault()}
            onClick={() => choose(i)}
          >
            <span translate="no">{formatSortedPersonName(p, i18n.language)}</span>{' '}
            <time className="muted small" dateTime={p.dateOfBirth}>
              {formatCalendarDate(p.dateOfBirth)}
            </time>
          </li>
        ))}
      </ul>
      {searching && answered && matches.length === 0 ? (
        <p className="field-hint">{t('picker.noMatch', { text: text.trim() })}</p>
      ) : null}
      {error === undefined ? null : (
        <p id={`${id}-error`} className="field-error">
          {t('picker.error', { error })}
        </p>
      )}
    </div>
  );
}
