import type { EngineResult } from '@sotchart/engine';
import { Badge } from '../../../ui/badge';
import { CategoryBadge } from '../../timeline/category-badge';

/** The analysis in one line: the category with its side and level, or why there is none yet. */
export function AnalysisHeadline({ engine }: { readonly engine: EngineResult }) {
  const a = engine.analysis;
  const category = a.category;
  if (category === 'none') return <>No category: every primary indicator examined and negative</>;
  if (category === 'undetermined') return <>Undetermined: examine a primary indicator</>;
  return (
    <>
      <CategoryBadge category={category} side={a.side} /> {a.level}
      {engine.plan?.tentative === true ? <Badge tone="warning">tentative</Badge> : null}
    </>
  );
}

/**
 * The analysis headline kept in the sticky bar on narrow screens, where the analysis panel falls
 * below the pre-check: the category stays in sight while charting (shown by CSS only there).
 */
export function AnalysisLine({ engine }: { readonly engine: EngineResult }) {
  return (
    <p className="analysis-line" aria-hidden="true">
      <span className="muted">Analysis:</span> <AnalysisHeadline engine={engine} />
    </p>
  );
}
