import type { BlockingPlan, EngineResult } from '@sotchart/engine';
import { useTranslation } from '../../../i18n/translation';
import { useProtocolText } from '../../../i18n/protocol-text';
import { Badge } from '../../../ui/badge';
import { Section } from '../../../ui/section';
import { BlockingDiagram, type DiagramBlock } from '../../blocking-diagram/blocking-diagram';
import { blockPhrase, type BlockLandmark } from '../../blocking-diagram/landmark-names';
import { listText } from '../analysis/list-text';
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

function PlanDetails({ plan, name }: { readonly plan: BlockingPlan; readonly name: (id: string) => string }) {
  const { t } = useTranslation('blocking');
  const text = useProtocolText();
  return (
    <div className="stack">
      <p>
        {t('plan.category', { category: plan.category })}{' '}
        <strong>{t('plan.position', { position: plan.position })}</strong>
        {plan.tentative ? <Badge tone="warning">{t('plan.tentative')}</Badge> : null}
      </p>
      <p className="plan-certainty" data-certainty={plan.certainty}>
        {t('plan.certainty')} <CertaintyBadge certainty={plan.certainty} />{' '}
        <span className="muted small">
          {plan.placement === 'practitioner' ? t('plan.certaintyPractitioner') : t('plan.certaintyWeakest')}
        </span>
      </p>
      {plan.placement === 'practitioner' ? (
        <p>
          <strong>{t('plan.byHandLead')}</strong> {t('plan.byHand')}
        </p>
      ) : (
        <ol className="block-list">
          {plan.blocks.map((b) => (
            <li key={b.order}>
              {blockPhrase(b)}
              {b.direction === undefined ? null : (
                <span className="muted">
                  {' '}
                  — {text('placement', plan.category, `block${b.order}.direction`, b.direction)}
                </span>
              )}{' '}
              <span className="block-certainty" data-certainty={b.certainty}>
                <CertaintyBadge certainty={b.certainty} />
              </span>
            </li>
          ))}
        </ol>
      )}
      {plan.missing.length === 0 ? null : (
        <p className="muted">
          {t('plan.missing')}{' '}
          {plan.missing.map((id) => (
            <button key={id} type="button" className="link-button" onClick={() => focusIndicator(id)}>
              {name(id)}
            </button>
          ))}
        </p>
      )}
      <p>
        {t('plan.recheck', { names: listText(plan.recheck.map(name)) })}{' '}
        <span className="muted">{text('placement', plan.category, 'endpoint', plan.endpoint)}</span>
      </p>
      <p className="muted">{text('blocking', 'default', 'breathing', plan.breathing)}</p>
    </div>
  );
}

/**
 * The blocking plan: the diagram (prone or supine, blocks at their landmarks and in order, or placed by
 * hand when the protocol leaves it to the practitioner), what to re-check with a timer, and the
 * contraindication warnings with their override reasons.
 */
export function BlockingSection({ engine, draft, name, update }: BlockingSectionProps) {
  const { t } = useTranslation('blocking');
  const plan = engine.plan;
  if (plan === null)
    return (
      <Section title={t('section.heading')}>
        <p id="blocking" className="muted">
          {engine.analysis.category === 'none' ? t('plan.noneToday') : t('plan.undetermined')}
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
    <Section title={t('section.heading')}>
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
            recheck={listText(plan.recheck.map(name))}
            onRecord={(minutes) =>
              update((d) =>
                withTreatment(d, (t) => ({ ...t, blocks: t.blocks.map((b) => ({ ...b, minutes })) })),
              )
            }
          />
        </div>
      </div>
      <OverrideReasons
        warnings={plan.warnings}
        position={plan.position}
        overrides={draft.overrides}
        name={name}
        update={update}
      />
    </Section>
  );
}
