import { codingLineText, type Visit } from '@sotchart/contract';
import type { BlockingPlan } from '@sotchart/engine';
import { documentsApi } from '../../../api/documents-api';
import { Badge } from '../../../ui/badge';
import { formatDateTime } from '../../../ui/date-format';
import { Section } from '../../../ui/section';
import { useSession } from '../../auth/session-context';
import { blockPhrase } from '../../blocking-diagram/landmark-names';
import { CertaintyBadge } from '../../protocol/certainty-badge';
import { CategoryBadge } from '../../timeline/category-badge';
import { changeLabel } from '../../timeline/change-label';
import { clearedHeadline, sideWord, verificationNotes } from '../../timeline/verification-text';
import { readingOnSide } from '../../timeline/finding-text';
import { referralStatus, urgencyHeadings, urgencyWords } from '../screen/referral-text';
import { AddendaSection } from './addenda-section';
import { credentialsLine, signedName } from './signer-credentials';

/** Who signed: the signed-in user's name as signed when it is them, with their credentials below. */
function useSigner(signedBy: string | null): { readonly name: string; readonly credentials: string } | null {
  const { user } = useSession();
  if (signedBy !== user.id) return null;
  return { name: signedName(user), credentials: credentialsLine(user.profile) };
}

/** Verification items as the engine gives them: indicator, side, pre → post, change. */
function VerificationItems({
  items,
  name,
}: {
  readonly items: Visit['engine']['verification']['items'];
  readonly name: (id: string) => string;
}) {
  return (
    <ul className="plain-list verification-items">
      {items.map((i, n) => {
        const change = changeLabel(i.change);
        const side = sideWord(i.side);
        return (
          <li key={n} data-change={i.change}>
            {name(i.indicator)}
            {side === '' ? '' : `, ${side}`}: {readingOnSide(i.pre, i.side)} → {readingOnSide(i.post, i.side)}{' '}
            <Badge tone={change.tone}>{change.text}</Badge>
          </li>
        );
      })}
    </ul>
  );
}

/** The plan as signed, with the plan's certainty and each block's own (REFERENCE §9). */
function PlanSummary({ plan }: { readonly plan: BlockingPlan }) {
  return (
    <div className="stack">
      <p>
        Category {plan.category}, <strong>{plan.position}</strong>
        {plan.tentative ? <Badge tone="warning">tentative</Badge> : null}
      </p>
      <p className="plan-certainty" data-certainty={plan.certainty}>
        Plan certainty: <CertaintyBadge certainty={plan.certainty} />
      </p>
      {plan.placement === 'practitioner' ? (
        <p className="muted">Blocks placed by the practitioner (see the treatment in the note).</p>
      ) : (
        <ol className="block-list">
          {plan.blocks.map((b) => (
            <li key={b.order}>
              {blockPhrase(b)}{' '}
              <span className="block-certainty" data-certainty={b.certainty}>
                <CertaintyBadge certainty={b.certainty} />
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/**
 * A signed visit, read-only: who signed and when, the signed PDF, the analysis and plan with their
 * certainty, the pre → post changes per side, the referral, the SOAP note, the codes, the addenda.
 */
export function SignedVisitView({
  visit,
  name,
  timeZone,
}: {
  readonly visit: Visit;
  readonly name: (id: string) => string;
  readonly timeZone: string;
}) {
  const { analysis: a, plan, verification } = visit.engine;
  const soap = visit.record.soap;
  const codes = [...visit.record.coding.diagnoses, ...visit.record.coding.lines.map(codingLineText)];
  const notes = verificationNotes(verification.summary);
  const signer = useSigner(visit.signedBy);
  // With no positive finding left unchecked, every item not re-checked was negative before treatment:
  // not a gap, so they fold away under their count (the summary's, as stored).
  const foldNegatives =
    verification.summary.not_rechecked === 0 && verification.summary.negativeNotRechecked > 0;
  const shown = foldNegatives
    ? verification.items.filter((i) => i.change !== 'not_rechecked')
    : verification.items;
  const folded = foldNegatives ? verification.items.filter((i) => i.change === 'not_rechecked') : [];
  return (
    <div className="stack">
      <section className="panel signed-panel stack" aria-label="Signature">
        <p role="status" className="signed-banner">
          <Badge tone="success">Signed</Badge> by{' '}
          {signer === null ? (
            'another practitioner (their name as signed is on the signed note)'
          ) : (
            <strong>{signer.name}</strong>
          )}
          {visit.signedAt === null ? null : (
            <>
              {' '}
              on <strong>{formatDateTime(visit.signedAt, timeZone)}</strong>{' '}
              <span className="muted small">({timeZone})</span>
            </>
          )}
        </p>
        {signer === null || signer.credentials === '' ? null : (
          <p className="muted">Credentials: {signer.credentials}</p>
        )}
        <p className="row-actions">
          <a className="button button-secondary" href={documentsApi.signedNoteUrl(visit.id)} download>
            Signed note (PDF)
          </a>
          <span className="muted small">
            The note as signed, frozen at signing · engine {visit.engine.engineVersion}, protocol{' '}
            {visit.engine.packRef}
          </span>
        </p>
      </section>
      {a.referral === null ? null : (
        <Section title="Referral">
          <div className={`referral referral-${a.referral.urgency}`} data-urgency={a.referral.urgency}>
            <h3>{urgencyHeadings[a.referral.urgency]}</h3>
            <p className="referral-urgency">
              Urgency: <strong>{urgencyWords[a.referral.urgency].label}</strong> —{' '}
              {urgencyWords[a.referral.urgency].when}
            </p>
            {visit.record.referral === null ? <p>{a.referral.message}</p> : null}
            <p>
              Red flag{a.referral.flags.length === 1 ? '' : 's'}:{' '}
              <strong>{a.referral.flags.map(name).join(', ')}</strong>
            </p>
          </div>
          <p className="referral-status">
            <strong>{referralStatus(visit.record.referral, timeZone)}</strong>
            {visit.record.referral?.note === undefined ? null : (
              <span className="muted"> — {visit.record.referral.note}</span>
            )}
          </p>
          <p>
            <a href={documentsApi.referralLetterUrl(visit.id)} download>
              Referral letter (PDF)
            </a>
          </p>
        </Section>
      )}
      <Section title="Analysis">
        {a.referral === null ? (
          <p>
            {a.category === 'I' || a.category === 'II' || a.category === 'III' ? (
              <CategoryBadge category={a.category} side={a.side} />
            ) : (
              a.category
            )}{' '}
            {a.level ?? ''} <span className="muted small">rule certainty</span>{' '}
            <CertaintyBadge certainty={a.rule.certainty} />
            {visit.treatedCategory === null ? null : (
              <>
                {' '}
                · treated as <CategoryBadge category={visit.treatedCategory.category} />:{' '}
                {visit.treatedCategory.reason}
              </>
            )}
          </p>
        ) : (
          <p>
            <Badge tone="danger">Referral</Badge> No category, plan or treatment under a red flag.
          </p>
        )}
        {plan === null ? null : (
          <>
            <h3>Blocking plan</h3>
            <PlanSummary plan={plan} />
          </>
        )}
        <h3>Post-check</h3>
        <p className="verification-summary">
          <strong>{clearedHeadline(verification.summary)}</strong>
          {notes.length === 0 ? null : <span className="muted small block">{notes.join('; ')}</span>}
        </p>
        <VerificationItems items={shown} name={name} />
        {folded.length === 0 ? null : (
          <details className="folded-items">
            <summary>
              {verification.summary.negativeNotRechecked} negative finding
              {verification.summary.negativeNotRechecked === 1 ? '' : 's'} not re-checked (not a gap)
            </summary>
            <VerificationItems items={folded} name={name} />
          </details>
        )}
      </Section>
      <Section title="SOAP note">
        {(['subjective', 'objective', 'assessment', 'plan'] as const).map((k) => (
          <div key={k}>
            <h3>{k.charAt(0).toUpperCase() + k.slice(1)}</h3>
            <p className="pre-wrap">{soap[k] === '' ? '—' : soap[k]}</p>
          </div>
        ))}
        <p>Codes: {codes.length === 0 ? 'none confirmed' : codes.join(', ')}</p>
      </Section>
      <AddendaSection visitId={visit.id} timeZone={timeZone} />
    </div>
  );
}
