import type { KioskQuestionnaire as Questionnaire } from '@sotchart/contract';
import { useState } from 'react';
import { ChoiceTiles, type Choice } from './choice-tiles';

interface Step {
  readonly id: string;
  readonly title: string;
  readonly text: string | null;
  readonly choices: readonly Choice[];
  readonly hint: string;
}

interface Activity {
  readonly id: string;
  label: string;
}

/** Plain anchors for the ends of a scale when the clinic has loaded no wording for it. */
function anchors(q: Questionnaire): { min: string; max: string } {
  switch (q.definition.id) {
    case 'nprs':
      return { min: 'no pain', max: 'worst pain imaginable' };
    case 'psfs':
      return { min: 'unable to do it', max: 'as well as before the problem' };
    default:
      return { min: 'not at all', max: 'extremely' };
  }
}

function stepsOf(q: Questionnaire, activities: readonly Activity[]): Step[] {
  const { min, max } = q.definition.itemScale;
  const fallback = anchors(q);
  const numbers = (end: { min: string; max: string }): Choice[] =>
    Array.from({ length: max - min + 1 }, (_, i) => ({
      value: min + i,
      label: String(min + i),
      ...(i === 0 ? { description: end.min } : i === max - min ? { description: end.max } : {}),
    }));
  if (q.definition.id === 'psfs')
    return activities.map((a, i) => ({
      id: a.id,
      title: `How well can you do this now: ${a.label || `activity ${i + 1}`}?`,
      text: null,
      choices: numbers(fallback),
      hint: `0 = ${fallback.min}, 10 = ${fallback.max}.`,
    }));
  const items =
    q.wording?.items ?? q.definition.items.map((i) => ({ ...i, text: null, options: null, anchors: null }));
  return items.map((item) => {
    const end = item.anchors ?? fallback;
    const choices: Choice[] =
      item.options === null
        ? numbers(end)
        : item.options.map((option, i) => ({ value: min + i, label: option }));
    return {
      id: item.id,
      title: item.title,
      text: item.text,
      choices,
      hint:
        item.options === null
          ? `${min} = ${end.min}, ${max} = ${end.max}.`
          : 'Choose the statement that fits you best today.',
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
  const steps = stepsOf(questionnaire, activities);
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
        <h2>Which activities are hard for you because of your problem?</h2>
        <p className="kiosk-hint">
          Name three (up to five) everyday activities, for example “lifting my child”.
        </p>
        {activities.map((a, i) => (
          <div className="kiosk-field" key={a.id}>
            <label htmlFor={`activity-${a.id}`}>Activity {i + 1}</label>
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
              Add another
            </button>
          ) : null}
          <button type="submit" className="kiosk-button kiosk-primary" disabled={named < 3}>
            Next
          </button>
        </div>
      </form>
    );
  }

  if (step === undefined) {
    const answered = Object.values(values).filter((v) => v !== null && v !== undefined).length;
    return (
      <div className="kiosk-card">
        <h2>Ready to send</h2>
        <p>
          You answered {answered} of {steps.length} questions. You can go back to change any answer.
        </p>
        <div className="kiosk-actions">
          <button type="button" className="kiosk-button" onClick={() => setIndex(steps.length - 1)}>
            Back
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
            {sending ? 'Sending…' : 'Send my answers'}
          </button>
        </div>
      </div>
    );
  }

  return (
    <div className="kiosk-card">
      <p className="kiosk-progress" aria-live="polite">
        Question {index + 1} of {steps.length}
      </p>
      {step.text === null ? null : <p>{step.text}</p>}
      <ChoiceTiles
        key={step.id}
        legend={step.title}
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
          Back
        </button>
        <button
          type="button"
          className="kiosk-button"
          onClick={() => {
            setValues({ ...values, [step.id]: null });
            setIndex(index + 1);
          }}
        >
          Skip — does not apply
        </button>
        <button
          type="button"
          className="kiosk-button kiosk-primary"
          disabled={values[step.id] === undefined || values[step.id] === null}
          onClick={() => setIndex(index + 1)}
        >
          Next
        </button>
      </div>
    </div>
  );
}
