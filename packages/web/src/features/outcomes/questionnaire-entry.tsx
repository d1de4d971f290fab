import type { InstrumentForm, QuestionnaireResponse } from '@sotchart/contract';
import type { InstrumentId } from '@sotchart/engine';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { errorFor, fieldErrorsOf } from '../../api/field-errors';
import { outcomeKeys, outcomesApi } from '../../api/outcomes-api';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { ErrorSummary } from '../../ui/error-summary';
import { Loading } from '../../ui/loading';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { changeText, instrumentShortNames, scoreText } from './instrument-labels';

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

function scaleOptions(form: InstrumentForm, itemId: string) {
  const { min, max } = form.definition.itemScale;
  const wording = form.wording?.items.find((i) => i.id === itemId)?.options ?? null;
  return [
    { value: '', label: 'Not answered / not applicable' },
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

/**
 * Staff enter a questionnaire the patient answered on paper or aloud: one control per item (the
 * clinic's licensed wording where it loaded some), scored by the server, which answers with the
 * score, its band and the change since the episode's baseline.
 */
export function QuestionnaireEntry({
  patientId,
  onClose,
}: {
  readonly patientId: string;
  readonly onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const instruments = useQuery({
    queryKey: outcomeKeys.instruments,
    queryFn: outcomesApi.instruments,
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
        title="The questionnaire was not saved"
        revision={revision}
        items={Object.entries(errors).map(([path, message]) => ({
          message: `${path.replace(/^answers\.?/, '') || 'Answers'}: ${message}`,
        }))}
      />
      {save.isError && Object.keys(errors).length === 0 ? (
        <Alert tone="danger">{save.error.message}</Alert>
      ) : null}
      {result === undefined ? null : (
        <Alert tone="success">
          Saved {instrumentShortNames[result.instrumentId]}:{' '}
          {result.score.status === 'complete'
            ? `${scoreText(result.score.value, result.score.unit)}${result.score.band === null ? '' : `, ${result.score.band.label}`}; ${changeText(result.score.change?.delta ?? null, result.score.change?.verdict ?? null)}`
            : `incomplete (${result.score.missing.length} item(s) missing): not scored`}
          .
        </Alert>
      )}
      <div className="form-grid">
        <SelectField
          label="Questionnaire"
          value={instrumentId}
          options={instruments.data.map((f) => ({
            value: f.definition.id,
            label: `${f.definition.name} (${f.definition.version})`,
          }))}
          onChange={(v) => {
            setInstrumentId(v as InstrumentId);
            setValues({});
            save.reset();
          }}
        />
        <TextField
          label="Answered on"
          type="datetime-local"
          value={when}
          onChange={setWhen}
          error={errorFor(errors, 'administeredAt')}
        />
      </div>
      {form.definition.licence.kind === 'proprietary' && form.wording === null ? (
        <p className="muted small">
          Section titles only: {form.definition.licence.holder} licenses the statement wording. A clinic with
          a licence can load it as a text pack.
        </p>
      ) : null}
      {instrumentId === 'psfs' ? (
        <fieldset className="stack">
          <legend>Activities the patient finds hard (0 = unable, 10 = as before the problem)</legend>
          {rows.map((a, i) => (
            <div className="form-grid" key={a.id}>
              <TextField
                label={`Activity ${i + 1}`}
                value={a.label}
                onChange={(label) => setActivity(i, { label })}
              />
              <SelectField
                label={`Activity ${i + 1} rating`}
                value={a.score}
                options={scaleOptions(form, '')}
                onChange={(score) => setActivity(i, { score })}
                error={errorFor(errors, `answers.activities.${i}`)}
              />
            </div>
          ))}
          {rows.length < 5 ? (
            <Button onClick={() => setActivities([...rows, { id: `a${Date.now()}`, label: '', score: '' }])}>
              Add an activity
            </Button>
          ) : null}
        </fieldset>
      ) : (
        <div className="form-grid">
          {(form.wording?.items ?? form.definition.items).map((item) => (
            <SelectField
              key={item.id}
              label={item.title}
              value={values[item.id] ?? ''}
              options={scaleOptions(form, item.id)}
              onChange={(v) => setValues({ ...values, [item.id]: v })}
              error={errorFor(errors, `answers.${item.id}`)}
            />
          ))}
        </div>
      )}
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={save.isPending}>
          Save and score
        </Button>
        <Button onClick={onClose}>Close</Button>
      </div>
    </form>
  );
}
