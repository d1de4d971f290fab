import {
  InstrumentFormListSchema,
  type InstrumentForm,
  type QuestionnaireResponse,
} from '@sotchart/contract';
import type { InstrumentId } from '@sotchart/engine';
import { isLanguage, languageNames } from '@sotchart/i18n';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/translation';
import { errorFor, fieldErrorsOf } from '../../api/field-errors';
import { request } from '../../api/http-client';
import { outcomeKeys, outcomesApi } from '../../api/outcomes-api';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { ErrorSummary } from '../../ui/error-summary';
import { Loading } from '../../ui/loading';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { bandLabel, changeText, instrumentName, instrumentShortName, scoreText } from './instrument-labels';
import { UnvalidatedMark } from './unvalidated-mark';
import { WordingSelect } from './wording-select';

interface Activity {
  readonly id: string;
  readonly label: string;
  readonly score: string;
}

/** Now as a `datetime-local` value in the browser's zone. */
function localNow(): string {
  const d = new Date();
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

function scaleOptions(form: InstrumentForm, itemId: string, notAnswered: string) {
  const { min, max } = form.definition.itemScale;
  const wording = form.wording?.items.find((i) => i.id === itemId)?.options ?? null;
  return [
    { value: '', label: notAnswered },
    ...Array.from({ length: max - min + 1 }, (_, i) => ({
      value: String(min + i),
      label: wording?.[i] === undefined ? String(min + i) : `${min + i} — ${wording[i]}`,
    })),
  ];
}

/** The PSFS activities named last time, so a follow-up rates the same ones; three blank ones at baseline. */
function startingActivities(previous: readonly QuestionnaireResponse[]): Activity[] {
  const last = previous.filter((r) => r.instrumentId === 'psfs').at(-1);
  if (last !== undefined && last.answers.length > 0)
    return last.answers.map((a) => ({ id: a.itemId, label: a.label ?? '', score: '' }));
  return ['a1', 'a2', 'a3'].map((id) => ({ id, label: '', score: '' }));
}

/** A language's own name (e.g. 日本語), or its tag when SOT Chart does not speak it. */
function languageName(tag: string): string {
  return isLanguage(tag) ? languageNames[tag] : tag;
}

/** The instruments as forms in the patient's language (else the clinic's): their wording, else English. */
function patientForms(patientId: string): Promise<InstrumentForm[]> {
  return request('GET', '/api/instruments', { query: { patientId } }, InstrumentFormListSchema);
}

/**
 * Staff enter a questionnaire the patient answered on paper or aloud: one control per item, worded in
 * the patient's language (the clinic's licensed pack, else a built-in translation, else English),
 * scored by the server, which answers with the score, its band and the change since the episode's
 * baseline. The score never depends on the wording.
 */
export function QuestionnaireEntry({
  patientId,
  onClose,
}: {
  readonly patientId: string;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation(['outcomes', 'common']);
  const queryClient = useQueryClient();
  const instruments = useQuery({
    queryKey: [...outcomeKeys.instruments, patientId],
    queryFn: () => patientForms(patientId),
    staleTime: Infinity,
  });
  const previous = useQuery({
    queryKey: outcomeKeys.questionnaires(patientId),
    queryFn: () => outcomesApi.questionnaires(patientId),
  });
  const [instrumentId, setInstrumentId] = useState<InstrumentId>('nprs');
  const [values, setValues] = useState<Record<string, string>>({});
  const [activities, setActivities] = useState<Activity[] | null>(null);
  const [when, setWhen] = useState(localNow);
  const [revision, setRevision] = useState(0);
  const save = useMutation({
    mutationFn: () => {
      const answers =
        instrumentId === 'psfs'
          ? {
              activities: (activities ?? []).map((a) => ({
                id: a.id,
                ...(a.label.trim() === '' ? {} : { label: a.label.trim() }),
                score: a.score === '' ? null : Number(a.score),
              })),
            }
          : Object.fromEntries(Object.entries(values).map(([id, v]) => [id, v === '' ? null : Number(v)]));
      return outcomesApi.enter(patientId, {
        instrumentId,
        answers,
        administeredAt: new Date(when).toISOString(),
      });
    },
    onSuccess: async () => {
      setValues({});
      await queryClient.invalidateQueries({ queryKey: ['patient', patientId] });
    },
    onError: () => setRevision((r) => r + 1),
  });

  if (instruments.isPending || previous.isPending) return <Loading />;
  if (instruments.isError) return <Alert tone="danger">{instruments.error.message}</Alert>;
  const form = instruments.data.find((f) => f.definition.id === instrumentId);
  if (form === undefined) return null;
  const rows = activities ?? startingActivities(previous.data ?? []);
  const errors = fieldErrorsOf(save.error);
  const result = save.data;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (instrumentId === 'psfs' && activities === null) setActivities(rows);
    save.mutate();
  };
  const setActivity = (index: number, patch: Partial<Activity>) =>
    setActivities(rows.map((a, i) => (i === index ? { ...a, ...patch } : a)));

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <ErrorSummary
        title={t('entry.notSaved')}
        revision={revision}
        items={Object.entries(errors).map(([path, message]) => ({
          message: t('entry.fieldError', {
            path: path.replace(/^answers\.?/, '') || t('entry.answers'),
            message,
          }),
        }))}
      />
      {save.isError && Object.keys(errors).length === 0 ? (
        <Alert tone="danger">{save.error.message}</Alert>
      ) : null}
      {result === undefined ? null : (
        <Alert tone="success">
          {result.score.status === 'complete'
            ? result.score.band === null
              ? t('entry.savedScore', {
                  instrument: instrumentShortName(result.instrumentId),
                  score: scoreText(result.score.value, result.score.unit),
                  change: changeText(
                    result.score.change?.delta ?? null,
                    result.score.change?.verdict ?? null,
                  ),
                })
              : t('entry.savedScoreBand', {
                  instrument: instrumentShortName(result.instrumentId),
                  score: scoreText(result.score.value, result.score.unit),
                  band: bandLabel(result.instrumentId, result.score.band.id, result.score.band.label),
                  change: changeText(
                    result.score.change?.delta ?? null,
                    result.score.change?.verdict ?? null,
                  ),
                })
            : t('entry.savedIncomplete', {
                instrument: instrumentShortName(result.instrumentId),
                count: result.score.missing.length,
              })}
          {form.wording?.validated === false ? (
            <>
              {' '}
              <UnvalidatedMark />
            </>
          ) : null}
        </Alert>
      )}
      <div className="form-grid">
        <SelectField
          label={t('entry.questionnaire')}
          value={instrumentId}
          options={instruments.data.map((f) => ({
            value: f.definition.id,
            label: t('entry.instrumentOption', {
              name: instrumentName(f.definition.id),
              version: f.definition.version,
            }),
          }))}
          onChange={(v) => {
            setInstrumentId(v as InstrumentId);
            setValues({});
            save.reset();
          }}
        />
        <TextField
          label={t('entry.answeredOn')}
          type="datetime-local"
          value={when}
          onChange={setWhen}
          error={errorFor(errors, 'administeredAt')}
        />
      </div>
      {form.definition.licence.kind === 'proprietary' && form.wording === null ? (
        <p className="muted small">{t('entry.titlesOnly', { holder: form.definition.licence.holder })}</p>
      ) : null}
      {form.wording === null ? null : (
        <p className="muted small">
          {t('entry.wordingIn', { language: languageName(form.wording.language) })}{' '}
          {form.wording.validated === false ? <UnvalidatedMark /> : null}
        </p>
      )}
      {form.wording?.instructions ? (
        <p lang={form.wording.language} translate="no">
          {form.wording.instructions}
        </p>
      ) : null}
      {instrumentId === 'psfs' ? (
        <fieldset className="stack">
          <legend>{t('entry.psfsLegend')}</legend>
          {rows.map((a, i) => (
            <div className="form-grid" key={a.id}>
              <TextField
                label={t('entry.activity', { number: i + 1 })}
                value={a.label}
                onChange={(label) => setActivity(i, { label })}
              />
              <SelectField
                label={t('entry.activityRating', { number: i + 1 })}
                value={a.score}
                options={scaleOptions(form, '', t('entry.notAnswered'))}
                onChange={(score) => setActivity(i, { score })}
                error={errorFor(errors, `answers.activities.${i}`)}
              />
            </div>
          ))}
          {rows.length < 5 ? (
            <Button onClick={() => setActivities([...rows, { id: `a${Date.now()}`, label: '', score: '' }])}>
              {t('entry.addActivity')}
            </Button>
          ) : null}
        </fieldset>
      ) : (
        <div className="form-grid">
          {(
            form.wording?.items ??
            form.definition.items.map((i) => ({ ...i, text: null, options: null, anchors: null }))
          ).map((item) => (
            <WordingSelect
              key={item.id}
              label={item.title}
              text={item.text}
              anchors={item.anchors}
              language={form.wording?.language ?? 'en'}
              scale={form.definition.itemScale}
              value={values[item.id] ?? ''}
              options={scaleOptions(form, item.id, t('entry.notAnswered'))}
              onChange={(v) => setValues({ ...values, [item.id]: v })}
              error={errorFor(errors, `answers.${item.id}`)}
            />
          ))}
        </div>
      )}
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={save.isPending}>
          {t('entry.save')}
        </Button>
        <Button onClick={onClose}>{t('close', { ns: 'common' })}</Button>
      </div>
    </form>
  );
}
