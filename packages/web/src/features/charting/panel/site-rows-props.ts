import type { Finding, IndicatorSpec } from '@sotchart/engine';
import type { VisitDraft } from '../draft/visit-draft';

/** What the rows of one indicator charted at several sites or sides (fossae, legs, sides) are given. */
export interface SiteRowsProps {
  readonly spec: IndicatorSpec;
  /** This visit's pre findings of the indicator. */
  readonly findings: readonly Finding[];
  /** The last visit's pre findings of the indicator. */
  readonly previous: readonly Finding[];
  readonly previousWhen: string | null;
  readonly update: (change: (draft: VisitDraft) => VisitDraft) => void;
  readonly onEscape: () => void;
}
