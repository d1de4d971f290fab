import type { BlockingPlan, EngineResult } from '@sotchart/engine';
import { Badge } from '../../../ui/badge';
import { Section } from '../../../ui/section';
import { BlockingDiagram, type DiagramBlock } from '../../blocking-diagram/blocking-diagram';
import { blockPhrase, type BlockLandmark } from '../../blocking-diagram/landmark-names';
import { CertaintyBadge } from '../../protocol/certainty-badge';
import { withTreatment, type VisitDraft } from '../draft/visit-draft';
import { focusIndicator } from '../panel/row-focus';
import { OverrideReasons } from './override-reasons';
import { RecheckTimer } from './recheck-timer';

export interface BlockingSectionProps {
  readonly engine: EngineResult;
  readonly draft: VisitDraft;
  readonly name: (id: string) => string;
  readonly update: (change: (draft: VisitDraft) => VisitDraft) => void;
}

function noPlanText(category: EngineResult['analysis']['category']): string {
  return category === 'none'
    ? 'No blocking plan: no category is present today.'
    : 'No blocking plan yet: the analysis is undetermined. Examine a primary indicator.';
}

function PlanDetails({ plan, name }: { readonly plan: BlockingPlan; readonly name: (id: string) => string }) {
  return (
    <div className="stack">
      <p>
        Category {plan.category}, <strong>{plan.position}</strong>
        {plan.tentative ? <Badge tone="warning">tentative: category only suggested</Badge> : null}
      </p>
      <p className="plan-certainty" data-certainty={plan.certainty}>
        Plan certainty: <CertaintyBadge certainty={plan.certainty} />{' '}
        <span className="muted small">
          {plan.placement === 'practitioner'
            ? 'the practitioner places the blocks'
            : 'the weakest of the placement and its blocks; each block shows its own'}
        </span>
      </p>
      {plan.placement === 'practitioner' ? (
        <p>
          <strong>Set by practitioner:</strong> no public placement rule for this category. Tap the landmarks
          on the diagram (or focus them and press Enter) in the order the blocks go in.
        </p>
      ) : (
        <ol className="block-list">
          {plan.blocks.map((b) => (
            <li key={b.order}>
              {blockPhrase(b)}
              {b.direction === undefined ? null : <span className="muted"> — {b.direction}</span>}{' '}
              <span className="block-certainty" data-certainty={b.certainty}>
                <CertaintyBadge certainty={b.certainty} />
              </span>
            </li>
          ))}
        </ol>
      )}
      {plan.missing.length === 0 ? null : (
        <p className="muted">
          Needed to set the block sides:{' '}
          {plan.missing.map((id) => (
            <button key={id} type="button" className="link-button" onClick={() => focusIndicator(id)}>
              {name(id)}
            </button>
          ))}
        </p>
      )}
      <p>
        Re-check: {plan.recheck.map(name).join(', ')}. <span className="muted">{plan.endpoint}</span>
      </p>
      <p className="muted">{plan.breathing}</p>
    </div>
  );
}

/**
 * The blocking plan: the diagram (prone or supine, blocks at their landmarks and in order, or placed by
 * hand when the protocol leaves it to the practitioner), what to re-check with a timer, and the
 * contraindication warnings with their override reasons.
 */
export function BlockingSection({ engine, draft, name, update }: BlockingSectionProps) {
  const plan = engine.plan;
  if (plan === null)
    return (
      <Section title="Blocking">
        <p id="blocking" className="muted">
          {noPlanText(engine.analysis.category)}
        </p>
      </Section>
    );
  const byHand = plan.placement === 'practitioner';
  const placed = draft.record.treatment.blocks;
  const blocks: readonly DiagramBlock[] = byHand
    ? placed.map((b, i) => ({ order: i + 1, side: b.side, landmark: b.landmark }))
    : plan.blocks;
  const toggle = (side: 'L' | 'R', landmark: BlockLandmark) =>
    update((d) =>
      withTreatment(d, (t) => {
        const there = t.blocks.some((b) => b.side === side && b.landmark === landmark);
        return {
          ...t,
          blocks: there
            ? t.blocks.filter((b) => !(b.side === side && b.landmark === landmark))
            : [...t.blocks, { side, landmark, minutes: 0 }].slice(0, 4),
        };
      }),
    );
  return (
    <Section title="Blocking">
      <div id="blocking" className="blocking-layout" tabIndex={-1}>
        <BlockingDiagram
          view={plan.position}
          landmarks={plan.schematic.landmarks}
          blocks={blocks}
          {...(byHand ? { onToggle: toggle } : {})}
        />
        <div className="stack">
          <PlanDetails plan={plan} name={name} />
          <RecheckTimer
            recheckSeconds={plan.recheckSeconds}
            maxMinutes={plan.maxMinutes}
            recheck={plan.recheck.map(name).join(', ')}
            onRecord={(minutes) =>
              update((d) =>
                withTreatment(d, (t) => ({ ...t, blocks: t.blocks.map((b) => ({ ...b, minutes })) })),
              )
            }
          />
        </div>
      </div>
      <OverrideReasons warnings={plan.warnings} overrides={draft.overrides} name={name} update={update} />
    </Section>
  );
}
