import type { EngineResult, ProtocolPack } from '@sotchart/engine';
import { useId } from 'react';
import { useTranslation } from '../../../i18n/translation';
import { useProtocolText } from '../../../i18n/protocol-text';
import { Badge } from '../../../ui/badge';
import { CertaintyBadge } from '../../protocol/certainty-badge';
import { CategoryBadge } from '../../timeline/category-badge';
import { AnalysisHeadline, levelKey } from './analysis-headline';
import type { VisitDraft } from '../draft/visit-draft';
import { entryText } from '../entry/entry-text';
import { focusIndicator } from '../panel/row-focus';
import type { PackText } from './indicator-names';
import { listText } from './list-text';
import { TreatedCategory } from './treated-category';
import './analysis-panel.css';

export interface AnalysisPanelProps {
  readonly engine: EngineResult;
  readonly pack: ProtocolPack;
  readonly draft: VisitDraft;
  readonly name: (id: string) => string;
  readonly update: (change: (draft: VisitDraft) => VisitDraft) => void;
}

function sourceTitles(pack: ProtocolPack, ids: readonly string[], text: PackText): string {
  return ids
    .map((id) => {
      const title = pack.sources.find((s) => s.id === id)?.title;
      return title === undefined ? id : text('source', id, 'title', title);
    })
    .join('; ');
}

/**
 * The engine's reading of the pre-check, recomputed in the browser on every change: category, side,
 * level, coexisting categories, the findings that counted, the rule's certainty and sources, what to
 * examine next, and the evidence note. Nothing is worded as a diagnosis.
 */
export function AnalysisPanel({ engine, pack, draft, name, update }: AnalysisPanelProps) {
  const { t } = useTranslation('charting');
  const text = useProtocolText();
  const headingId = useId();
  const a = engine.analysis;
  const category = a.category;
  return (
    <section
      className="panel analysis-panel"
      aria-labelledby={headingId}
      data-category={category}
      data-side={a.side ?? ''}
    >
      <div className="panel-head">
        <h2 id={headingId}>{t('analysis.heading')}</h2>
      </div>
      <p className="analysis-primary" role="status">
        <AnalysisHeadline engine={engine} />
      </p>
      {a.coexisting.length === 0 ? null : (
        <p>
          {t('analysis.alsoPresent')}{' '}
          {a.coexisting.map((c) => (
            <span key={c.category}>
              <CategoryBadge category={c.category} side={c.side} /> {t(levelKey[c.level])}{' '}
            </span>
          ))}
        </p>
      )}
      {a.counted.length === 0 ? null : (
        <>
          <h3>{t('analysis.counted')}</h3>
          <ul className="plain-list">
            {a.counted.map((c, i) => (
              <li key={`${c.indicator}-${i}`}>
                {name(c.indicator)}{' '}
                {entryText({
                  ...(c.side === undefined ? {} : { side: c.side }),
                  ...(c.site === undefined ? {} : { site: c.site }),
                })}{' '}
                <span className="muted">
                  {t('analysis.countedRole', { category: c.category, role: c.role })}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        {t('analysis.rule')} <CertaintyBadge certainty={a.rule.certainty} />{' '}
        <span className="muted small">{sourceTitles(pack, a.rule.sources, text)}</span>
      </p>
      {a.examineNext.length === 0 ? null : (
        <div>
          <h3>{t('analysis.examineNext')}</h3>
          <ul className="examine-next">
            {a.examineNext.map((id) => (
              <li key={id}>
                <button type="button" className="link-button" onClick={() => focusIndicator(id)}>
                  {name(id)}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {a.contraindications.length === 0 ? null : (
        <p>
          <Badge tone="warning">{t('analysis.contraindication')}</Badge>{' '}
          {listText(a.contraindications.map(name))}
        </p>
      )}
      <TreatedCategory analysis={a} treated={draft.treatedCategory} update={update} />
      <p className="muted small evidence-note">
        {a.evidenceNote === pack.evidenceNote.text
          ? text('evidence', 'default', 'text', a.evidenceNote)
          : a.evidenceNote}
      </p>
    </section>
  );
}
