import { ErrorCode, type SchedulePractitioner, type WorkingDay } from '@sotchart/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/translation';
import { hasErrorCode } from '../../api/api-error';
import { appointmentsApi } from '../../api/appointments-api';
import { errorFor, fieldErrorsOf } from '../../api/field-errors';
import { queryKeys } from '../../api/query-keys';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { CheckboxField } from '../../ui/checkbox-field';
import { TextField } from '../../ui/text-field';
import { weekdayNames } from '../schedule/book-dates';

interface DayDraft {
  readonly works: boolean;
  readonly start: string;
  readonly end: string;
  readonly breaks: readonly { readonly start: string; readonly end: string }[];
}

const draftOf = (days: readonly WorkingDay[]): DayDraft[] =>
  weekdayNames.map((_, i) => {
    const day = days.find((d) => d.weekday === i + 1);
    return day === undefined
      ? { works: false, start: '09:00', end: '17:00', breaks: [] }
      : { works: true, start: day.start, end: day.end, breaks: day.breaks };
  });

/** A practitioner's working week: each weekday's hours and breaks; a day not ticked is a day off. */
export function WorkingHoursForm({ practitioner }: { readonly practitioner: SchedulePractitioner }) {
  const { t } = useTranslation('admin');
  const [days, setDays] = useState(() => draftOf(practitioner.hours.days));
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: () =>
      appointmentsApi.putHours(practitioner.id, {
        version: practitioner.hours.version,
        days: days.flatMap((d, i) =>
          d.works ? [{ weekday: i + 1, start: d.start, end: d.end, breaks: [...d.breaks] }] : [],
        ),
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.scheduleSettings }),
  });
  const errors = fieldErrorsOf(save.error);
  // The server names a day by its place in the list it was sent, which skips the days off.
  const sentIndex = (i: number): number => days.slice(0, i).filter((d) => d.works).length;
  const change = (i: number, patch: Partial<DayDraft>) =>
    setDays((all) => all.map((d, j) => (j === i ? { ...d, ...patch } : d)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const id = `hours-${practitioner.id}`;
  return (
    <form
      className="stack"
      onSubmit={submit}
      noValidate
      aria-label={t('hours.formLabel', { name: practitioner.name })}
    >
      <h3 translate="no">{practitioner.name}</h3>
      {hasErrorCode(save.error, ErrorCode.VERSION_CONFLICT) ? (
        <Alert tone="warning">{t('hours.conflict')}</Alert>
      ) : null}
      {errorFor(errors, 'days') !== undefined && days.every((d) => !d.works) ? (
        <Alert tone="danger">{errorFor(errors, 'days')}</Alert>
      ) : null}
      <div className="hours-table">
        {days.map((d, i) => {
          const path = `days.${sentIndex(i)}`;
          return (
            <fieldset key={weekdayNames[i]} className="hours-day">
              <legend className="visually-hidden">{t('hours.day', { day: weekdayNames[i] ?? '' })}</legend>
              <CheckboxField
                label={t('hours.day', { day: weekdayNames[i] ?? '' })}
                checked={d.works}
                onChange={(works) => change(i, { works })}
              />
              {d.works ? (
                <>
                  <TextField
                    id={`${id}-${i}-start`}
                    label={t('hours.from')}
                    value={d.start}
                    onChange={(start) => change(i, { start })}
                    error={errorFor(errors, `${path}.start`)}
                  />
                  <TextField
                    id={`${id}-${i}-end`}
                    label={t('hours.to')}
                    value={d.end}
                    onChange={(end) => change(i, { end })}
                    error={errorFor(errors, `${path}.end`)}
                  />
                  <div className="hours-breaks">
                    {d.breaks.map((b, k) => (
                      <div key={k} className="hours-break">
                        <TextField
                          label={t('hours.break', { number: k + 1 })}
                          value={b.start}
                          onChange={(start) =>
                            change(i, { breaks: d.breaks.map((x, j) => (j === k ? { ...x, start } : x)) })
                          }
                        />
                        <TextField
                          label={t('hours.breakTo')}
                          value={b.end}
                          onChange={(end) =>
                            change(i, { breaks: d.breaks.map((x, j) => (j === k ? { ...x, end } : x)) })
                          }
                        />
                        <Button
                          variant="link"
                          aria-label={t('hours.removeBreakOf', { number: k + 1, day: weekdayNames[i] ?? '' })}
                          onClick={() => change(i, { breaks: d.breaks.filter((_, j) => j !== k) })}
                        >
                          {t('hours.remove')}
                        </Button>
                      </div>
                    ))}
                    {errorFor(errors, `${path}.breaks`) === undefined ? null : (
                      <p className="field-error">
                        {t('hours.breaksError', { error: errorFor(errors, `${path}.breaks`) ?? '' })}
                      </p>
                    )}
                    <Button
                      variant="link"
                      aria-label={t('hours.addBreakOn', { day: weekdayNames[i] ?? '' })}
                      onClick={() => change(i, { breaks: [...d.breaks, { start: '12:00', end: '13:00' }] })}
                    >
                      {t('hours.addBreak')}
                    </Button>
                  </div>
                </>
              ) : (
                <span className="muted">{t('hours.dayOff')}</span>
              )}
            </fieldset>
          );
        })}
      </div>
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={save.isPending}>
          {t('hours.save', { name: practitioner.name })}
        </Button>
        {save.isSuccess ? <span role="status">{t('hours.saved')}</span> : null}
      </div>
    </form>
  );
}
