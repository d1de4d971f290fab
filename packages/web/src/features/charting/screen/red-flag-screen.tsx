import type { ProtocolPack } from '@sotchart/engine';
import { useId } from 'react';
import { useTranslation } from '../../../i18n/translation';
import { useProtocolText } from '../../../i18n/protocol-text';
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
  const { t } = useTranslation(['charting', 'common']);
  return (
    <li className="screen-question">
      <p>
        <strong>{t('screen.questionName', { name: q.name })}</strong> {q.question}
      </p>
      <div className="screen-answers">
        <button
          type="button"
          className="key-button"
          aria-pressed={value === true}
          aria-label={t('screen.answerYes', { name: q.name })}
          onClick={() => onAnswer(true)}
        >
          {t('yes', { ns: 'common' })}
        </button>
        <button
          type="button"
          className="key-button"
          aria-pressed={value === false}
          aria-label={t('screen.answerNo', { name: q.name })}
          onClick={() => onAnswer(false)}
        >
          {t('no', { ns: 'common' })}
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
  const { t } = useTranslation('charting');
  const text = useProtocolText();
  const headingId = useId();
  const answers = screenAnswers(pack, draft.findings);
  const total = screenIds(pack).length;
  // "None of these" answers every question not answered yet with no; once some are answered it says so.
  const noneLabel =
    answers.size === 0 ? t('screen.none') : answers.size < total ? t('screen.noToRest') : t('screen.done');
  const redFlags = pack.redFlags.map((q) => ({
    id: q.id,
    name: text('redFlag', q.id, 'name', q.name),
    question: text('redFlag', q.id, 'question', q.question),
  }));
  const contraindications = pack.contraindications.map((q) => ({
    id: q.id,
    name: text('contraindication', q.id, 'name', q.name),
    question: text('contraindication', q.id, 'question', q.question),
  }));
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
          {t('screen.heading')}
        </h2>
        <div className="panel-actions">
          <Button variant="primary" onClick={noneOfThese}>
            {noneLabel}
          </Button>
        </div>
      </div>
      <p className="muted">{t('screen.intro')}</p>
      <h3>{t('screen.redFlags')}</h3>
      <ul className="plain-list">
        {redFlags.map((q) => (
          <QuestionRow
            key={q.id}
            q={q}
            value={answers.get(q.id)}
            onAnswer={(yes) => update(answer(q.id, yes))}
          />
        ))}
      </ul>
      <h3>{t('screen.contraindications')}</h3>
      <p className="muted small">{t('screen.contraindicationsHint')}</p>
      <ul className="plain-list">
        {contraindications.map((q) => (
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
