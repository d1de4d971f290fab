import type { Finding, IndicatorSpec } from '@sotchart/engine';
import type { VisitDraft } from '../draft/visit-draft';
import { entryText } from '../entry/entry-text';
import { editLeg, legValues, legs, type Leg } from '../entry/leg-values';
import { IndicatorRow } from './indicator-row';
import { IndicatorTag } from './indicator-tag';
import { carryOffer } from './carry-forward';

export interface LegRowsProps {
  readonly spec: IndicatorSpec;
  /** This visit's pre findings of the indicator. */
  readonly findings: readonly Finding[];
  /** The last visit's pre findings of the indicator. */
  readonly previous: readonly Finding[];
  readonly previousWhen: string | null;
  readonly update: (change: (draft: VisitDraft) => VisitDraft) => void;
  readonly onEscape: () => void;
}

const legName = { L: 'left leg', R: 'right leg' } as const;

/**
 * A per-leg indicator (SLR) as two rows, left and right: each leg takes degrees and symptom on its own,
 * clears on its own and offers the last visit's value for that leg.
 */
export function LegRows({ spec, findings, previous, previousWhen, update, onEscape }: LegRowsProps) {
  const today = legValues(findings);
  const before = legValues(previous);
  const edit = (leg: Leg, value: Parameters<typeof editLeg>[4]) =>
    update((d) => ({ ...d, findings: editLeg(d.findings, spec.id, 'pre', leg, value) }));
  return legs.map((leg) => {
    const last = before[leg];
    return (
      <IndicatorRow
        key={leg}
        indicator={spec.id}
        phase="pre"
        label={`${spec.name}, ${legName[leg]}`}
        shape={spec.result}
        fixedSide={leg}
        stored={today[leg]}
        start={{ side: leg }}
        tag={<IndicatorTag spec={spec} />}
        onEscape={onEscape}
        onFinding={(finding) => {
          if (finding === null) return edit(leg, null);
          const { indicator: _i, phase: _p, ...value } = finding;
          edit(leg, value);
        }}
        {...carryOffer(last, previousWhen, entryText, (copied) => edit(leg, copied))}
      />
    );
  });
}
