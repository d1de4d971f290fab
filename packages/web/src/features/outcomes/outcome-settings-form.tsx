import { ErrorCode, type OutcomeSettings } from '@sotchart/contract';
import { instrumentIds, type InstrumentId } from '@sotchart/engine';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/translation';
import { hasErrorCode } from '../../api/api-error';
import { outcomeKeys, outcomesApi } from '../../api/outcomes-api';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { CheckboxField } from '../../ui/checkbox-field';
import { Loading } from '../../ui/loading';
import { RadioGroup } from '../../ui/radio-group';
import { SelectField } from '../../ui/select-field';
import { instrumentShortName } from './instrument-labels';

function SettingsForm({ stored }: { readonly stored: OutcomeSettings }) {
  const { t } = useTranslation('outcomes');
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(stored);
  const save = useMutation({
    mutationFn: () =>
      outcomesApi.updateSettings({
        version: stored.version,
        mode: draft.mode,
        intervalDays: draft.intervalDays,
        instruments: draft.instruments,
        nprsBands: draft.nprsBands,
      }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(outcomeKeys.settings, saved);
      await queryClient.invalidateQueries({ queryKey: ['patient'] });
    },
  });
  const toggle = (id: InstrumentId, on: boolean) =>
    setDraft({
      ...draft,
      instruments: on
        ? instrumentIds.filter((i) => i === id || draft.instruments.includes(i))
        : draft.instruments.filter((i) => i !== id),
    });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form className="stack" onSubmit={submit} aria-label={t('settings.formLabel')}>
      <RadioGroup
        legend={t('settings.followUps')}
        value={draft.mode}
        options={[
          {
            value: 'interval',
            label: t('settings.interval'),
            description: t('settings.intervalHint'),
          },
          {
            value: 're_exam',
            label: t('settings.reExam'),
            description: t('settings.reExamHint'),
          },
        ]}
        onChange={(mode) => setDraft({ ...draft, mode })}
      />
      {draft.mode === 'interval' ? (
        <SelectField
          label={t('settings.intervalLabel')}
          value={String(draft.intervalDays)}
          options={[7, 14, 21, 28, 42].map((d) => ({
            value: String(d),
            label: t('settings.weeks', { count: d / 7 }),
          }))}
          onChange={(v) => setDraft({ ...draft, intervalDays: Number(v) })}
        />
      ) : null}
      <fieldset className="checkbox-list">
        <legend>{t('settings.tracks')}</legend>
        {instrumentIds.map((id) => (
          <CheckboxField
            key={id}
            label={instrumentShortName(id)}
            checked={draft.instruments.includes(id)}
            onChange={(on) => toggle(id, on)}
            disabled={draft.instruments.length === 1 && draft.instruments.includes(id)}
          />
        ))}
      </fieldset>
      <RadioGroup
        legend={t('settings.nprsBands')}
        value={draft.nprsBands}
        options={[
          {
            value: 'standard',
            label: t('settings.bandsStandard'),
            description: t('settings.bandsStandardHint'),
          },
          {
            value: 'overall-pain',
            label: t('settings.bandsOverall'),
            description: t('settings.bandsOverallHint'),
          },
        ]}
        onChange={(nprsBands) => setDraft({ ...draft, nprsBands })}
      />
      {save.isSuccess ? <Alert tone="success">{t('settings.saved')}</Alert> : null}
      {hasErrorCode(save.error, ErrorCode.VERSION_CONFLICT) ? (
        <Alert tone="warning">{t('settings.conflict')}</Alert>
      ) : save.isError ? (
        <Alert tone="danger">{save.error.message}</Alert>
      ) : null}
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={save.isPending}>
          {t('settings.save')}
        </Button>
      </div>
    </form>
  );
}

/** The clinic's questionnaire schedule (owners): follow-ups by interval or at re-exam, the instruments every episode tracks, NPRS bands. */
export function OutcomeSettingsForm() {
  const settings = useQuery({ queryKey: outcomeKeys.settings, queryFn: outcomesApi.settings });
  if (settings.isPending) return <Loading />;
  if (settings.isError) return <Alert tone="danger">{settings.error.message}</Alert>;
  return <SettingsForm key={settings.data.version} stored={settings.data} />;
}
