import type { EngineResult, Level } from '@sotchart/engine';
import { useTranslation } from '../../../i18n/translation';
import { Badge } from '../../../ui/badge';
import { CategoryBadge } from '../../timeline/category-badge';

/** Each level of an analysis in words. */
export const levelKey = {
  indicated: 'level.indicated',
  supported: 'level.supported',
  suggested: 'level.suggested',
} as const satisfies Record<Level, string>;

/** The analysis in one line: the category with its side and level, or why there is none yet. */
export function AnalysisHeadline({ engine }: { readonly engine: EngineResult }) {
  const { t } = useTranslation('charting');
  const a = engine.analysis;
  const category = a.category;
  if (category === 'none') return <>{t('analysis.none')}</>;
  if (category === 'undetermined') return <>{t('analysis.undetermined')}</>;
  return (
    <>
      <CategoryBadge category={category} side={a.side} /> {a.level === null ? null : t(levelKey[a.level])}
      {engine.plan?.tentative === true ? <Badge tone="warning">{t('analysis.tentative')}</Badge> : null}
    </>
  );
}

/**
 * The analysis headline kept in the sticky bar on narrow screens, where the analysis panel falls
 * below the pre-check: the category stays in sight while charting (shown by CSS only there).
 */
export function AnalysisLine({ engine }: { readonly engine: EngineResult }) {
  const { t } = useTranslation('charting');
  return (
    <p className="analysis-line" aria-hidden="true">
      <span className="muted">{t('analysis.lineLabel')}</span> <AnalysisHeadline engine={engine} />
    </p>
  );
}
