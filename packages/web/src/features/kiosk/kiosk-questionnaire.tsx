import type { KioskQuestionnaire as Questionnaire } from '@sotchart/contract';
import type { TFunction } from '@sotchart/i18n';
import { useState } from 'react';
import { useTranslation } from '../../i18n/translation';
import { ChoiceTiles, type Choice } from './choice-tiles';

type KioskT = TFunction<'kiosk'>;

interface Step {
  readonly id: string;
  readonly title: string;
  /** The title is the instrument's own wording (an item's title), not one of the kiosk's messages. */
  readonly verbatimTitle: boolean;
  readonly text: string | null;
  readonly choices: readonly Choice[];
  readonly hint: string;
}

interface Activity {
  readonly id: string;
  label: string;
}

interface Anchors {
  readonly min: string;
  readonly max: string;
}

/** Plain anchors for the ends of a scale when the clinic has loaded no wording for it. */
function anchors(q: Questionnaire, t: KioskT): Anchors {
  switch (q.definition.id) {
    case 'nprs':
      return { min: t('anchor.noPain'), max: t('anchor.worstPain') };
    case 'psfs':
      return { min: t('anchor.unable'), max: t('anchor.asBefore') };
    default:
      return { min: t('anchor.notAtAll'), max: t('anchor.extremely') };
  }
}

function stepsOf(q: Questionnaire, activities: readonly Activity[], t: KioskT): Step[] {
  const { min, max } = q.definition.itemScale;
  const fallback = anchors(q, t);
  const numbers = (end: Anchors, verbatim: boolean): Choice[] =>
    Array.from({ length: max - min + 1 }, (_, i) => ({
      value: min + i,
      label: String(min + i),
      ...(i === 0 || i === max - min
        ? { description: i === 0 ? end.min : end.max, verbatimDescription: verbatim }
        : {}),
    }));
  if (q.definition.id === 'psfs')
    return activities.map((a, i) => ({
      id: a.id,
      title: t('questionnaire.psfsTitle', {
        activity: a.label || t('questionnaire.activityFallback', { number: i + 1 }),
      }),
      verbatimTitle: false,
      text: null,
      choices: numbers(fallback, false),
      hint: t('questionnaire.scaleHint', { min: 0, minLabel: fallback.min, max: 10, maxLabel: fallback.max }),
    }));
  const items =
    q.wording?.items ?? q.definition.items.map((i) => ({ ...i, text: null, options: null, anchors: null }));
  return items.map((item) => {
    const end = item.anchors ?? fallback;
    const choices: Choice[] =
      item.options === null
        ? numbers(end, item.anchors !== null)
        : item.options.map((option, i) => ({ value: min + i, label: option, verbatim: true }));
    return {
      id: item.id,
      title: item.title,
      verbatimTitle: true,
      text: item.text,
      choices,
      hint:
        item.options === null
          ? t('questionnaire.scaleHint', { min, minLabel: end.min, max, maxLabel: end.max })
          : t('questionnaire.optionsHint'),
    };
  });
}

/**
 * A questionnaire on the tablet, one question per screen with large tiles; a question can be left
 * out. PSFS first asks for the activities (or rates the ones named before).
 */
export function KioskQuestionnaire({
  questionnaire,
  sending,
  onSubmit,
}: {
  readonly questionnaire: Questionnaire;
  readonly sending: boolean;
  readonly onSubmit: (answers: Record<string, unknown>) => void;
}) {
  const { t } = useTranslation('kiosk');
  const isPsfs = questionnaire.definition.id === 'psfs';
  const [activities, setActivities] = useState<Activity[]>(
    questionnaire.activities.length > 0
      ? questionnaire.activities.map((a) => ({ ...a }))
      : [
          { id: 'a1', label: '' },
          { id: 'a2', label: '' },
          { id: 'a3', label: '' },
        ],
  );
  const [naming, setNaming] = useState(isPsfs && questionnaire.activities.length === 0);
  const [index, setIndex] = useState(0);
  const [values, setValues] = useState<Record<string, number | null>>({});
  const steps = stepsOf(questionnaire, activities, t);
  const step = steps[index];

  if (naming) {
    const named = activities.filter((a) => a.label.trim() !== '').length;
    return (
      <form
        className="kiosk-card"
        onSubmit={(e) => {
          e.preventDefault();
          setActivities(activities.filter((a) => a.label.trim() !== ''));
          setNaming(false);
        }}
      >
        <h2>{t('questionnaire.activitiesTitle')}</h2>
        <p className="kiosk-hint">{t('questionnaire.activitiesHint')}</p>
        {activities.map((a, i) => (
          <div className="kiosk-field" key={a.id}>
            <label htmlFor={`activity-${a.id}`}>{t('questionnaire.activityLabel', { number: i + 1 })}</label>
            <input
              id={`activity-${a.id}`}
              value={a.label}
              maxLength={200}
              onChange={(e) =>
                setActivities(activities.map((x) => (x.id === a.id ? { ...x, label: e.target.value } : x)))
              }
            />
          </div>
        ))}
        <div className="kiosk-actions">
          {activities.length < 5 ? (
            <button
              type="button"
              className="kiosk-button"
              onClick={() => setActivities([...activities, { id: `a${activities.length + 1}`, label: '' }])}
            >
              {t('questionnaire.addActivity')}
            </button>
          ) : null}
          <button type="submit" className="kiosk-button kiosk-primary" disabled={named < 3}>
            {t('next')}
          </button>
        </div>
      </form>
    );
  }

  if (step === undefined) {
    const answered = Object.values(values).filter((v) => v !== null && v !== undefined).length;
    return (
      <div className="kiosk-card">
        <h2>{t('questionnaire.readyTitle')}</h2>
        <p>{t('questionnaire.readyBody', { answered, total: steps.length })}</p>
        <div className="kiosk-actions">
          <button type="button" className="kiosk-button" onClick={() => setIndex(steps.length - 1)}>
            {t('back')}
          </button>
          <button
            type="button"
            className="kiosk-button kiosk-primary"
            disabled={sending}
            onClick={() =>
              onSubmit(
                isPsfs
                  ? {
                      activities: activities.map((a) => ({
                        id: a.id,
                        label: a.label.trim(),
                        score: values[a.id] ?? null,
                      })),
                    }
                  : Object.fromEntries(steps.map((s) => [s.id, values[s.id] ?? null])),
              )
            }
          >
            {sending ? t('sending') : t('questionnaire.send')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <div className="kiosk-card">
      <p className="kiosk-progress" aria-live="polite">
        {t('questionnaire.progress', { position: index + 1, total: steps.length })}
      </p>
      {step.text === null ? null : <p translate="no">{step.text}</p>}
      <ChoiceTiles
        key={step.id}
        legend={step.title}
        verbatimLegend={step.verbatimTitle}
        hint={step.hint}
        choices={step.choices}
        value={values[step.id] ?? null}
        onChange={(v) => setValues({ ...values, [step.id]: v })}
        columns={step.choices.some((c) => c.label.length > 3) ? 'list' : 'scale'}
      />
      <div className="kiosk-actions">
        <button
          type="button"
          className="kiosk-button"
          disabled={index === 0}
          onClick={() => setIndex(index - 1)}
        >
          {t('back')}
        </button>
        <button
          type="button"
          className="kiosk-button"
          onClick={() => {
            setValues({ ...values, [step.id]: null });
            setIndex(index + 1);
          }}
        >
          {t('questionnaire.skip')}
        </button>
        <button
          type="button"
          className="kiosk-button kiosk-primary"
          disabled={values[step.id] === undefined || values[step.id] === null}
          onClick={() => setIndex(index + 1)}
        >
          {t('next')}
        </button>
      </div>
    </div>
  );
}
