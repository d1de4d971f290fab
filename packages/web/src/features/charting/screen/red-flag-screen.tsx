import type { ProtocolPack } from '@sotchart/engine';
import { useId } from 'react';
import { Button } from '../../../ui/button';
import { replaceFindings, type VisitDraft } from '../draft/visit-draft';
import { screenAnswers, screenIds } from './screen-answers';

export interface RedFlagScreenProps {
  readonly pack: ProtocolPack;
  readonly draft: VisitDraft;
  readonly update: (change: (draft: VisitDraft) => VisitDraft) => void;
  /** Called after "None of these" ("No to the rest" once some are answered, "Done" when all are), to move on. */
  readonly onNone: () => void;
}

interface Question {
  readonly id: string;
  readonly name: string;
  readonly question: string;
}

function answer(id: string, positive: boolean) {
  return (d: VisitDraft) =>
    replaceFindings(d, (f) => f.indicator === id && f.phase === 'pre', {
      indicator: id,
      phase: 'pre',
      positive,
    });
}

function QuestionRow({
  q,
  value,
  onAnswer,
}: {
  readonly q: Question;
  readonly value: boolean | undefined;
  readonly onAnswer: (yes: boolean) => void;
}) {
  return (
    <li className="screen-question">
      <p>
        <strong>{q.name}.</strong> {q.question}
      </p>
      <div className="screen-answers">
        <button
          type="button"
          className="key-button"
          aria-pressed={value === true}
          aria-label={`${q.name}: yes`}
          onClick={() => onAnswer(true)}
        >
          Yes
        </button>
        <button
          type="button"
          className="key-button"
          aria-pressed={value === false}
          aria-label={`${q.name}: no`}
          onClick={() => onAnswer(false)}
        >
          No
        </button>
      </div>
    </li>
  );
}

/**
 * The screen asked before any examination: red flags (a yes stops the visit and refers) and relative
 * contraindications (a yes keeps the plan but asks for a reason). One input answers "none of these".
 */
export function RedFlagScreen({ pack, draft, update, onNone }: RedFlagScreenProps) {
  const headingId = useId();
  const answers = screenAnswers(pack, draft.findings);
  const total = screenIds(pack).length;
  // "None of these" answers every question not answered yet with no; once some are answered it says so.
  const noneLabel = answers.size === 0 ? 'None of these' : answers.size < total ? 'No to the rest' : 'Done';
  const noneOfThese = () => {
    update((d) => {
      const given = screenAnswers(pack, d.findings);
      return screenIds(pack)
        .filter((id) => !given.has(id))
        .reduce((next, id) => answer(id, false)(next), d);
    });
    onNone();
  };
  return (
    <section id="screen" className="panel screen-panel" aria-labelledby={headingId}>
      <div className="panel-head">
        <h2 id={headingId} tabIndex={-1}>
          Red-flag screen
        </h2>
        <div className="panel-actions">
          <Button variant="primary" onClick={noneOfThese}>
            {noneLabel}
          </Button>
        </div>
      </div>
      <p className="muted">
        Ask each question. A yes to any red flag stops the visit: refer, no SOT procedure.
      </p>
      <h3>Red flags</h3>
      <ul className="plain-list">
        {pack.redFlags.map((q) => (
          <QuestionRow
            key={q.id}
            q={q}
            value={answers.get(q.id)}
            onAnswer={(yes) => update(answer(q.id, yes))}
          />
        ))}
      </ul>
      <h3>Relative contraindications</h3>
      <p className="muted small">
        A yes keeps the plan, with its warning; the visit then needs your reason to proceed.
      </p>
      <ul className="plain-list">
        {pack.contraindications.map((q) => (
          <QuestionRow
            key={q.id}
            q={q}
            value={answers.get(q.id)}
            onAnswer={(yes) => update(answer(q.id, yes))}
          />
        ))}
      </ul>
    </section>
  );
}
