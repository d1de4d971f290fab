import { codingLineText, type Visit } from '@sotchart/contract';
import type { Analysis, BlockingPlan, Level } from '@sotchart/engine';
import type { TFunction } from '@sotchart/i18n';
import { useTranslation } from '../../../i18n/translation';
import { documentsApi } from '../../../api/documents-api';
import { Badge } from '../../../ui/badge';
import { formatDateTime } from '../../../ui/date-format';
import { Section } from '../../../ui/section';
import { useSession } from '../../auth/session-context';
import { blockPhrase } from '../../blocking-diagram/landmark-names';
import { CertaintyBadge } from '../../protocol/certainty-badge';
import { CategoryBadge } from '../../timeline/category-badge';
import { changeLabel } from '../../timeline/change-label';
import { readingOnSide } from '../../timeline/finding-text';
import { useProtocolText } from '../../../i18n/protocol-text';
import { useVerificationWords } from '../post-check/verification-words';
import { referralStatus, urgencyText } from '../screen/referral-text';
import { AddendaSection } from './addenda-section';
import { CredentialsLine } from './credentials-line';
import { credentialParts, signedName, type CredentialParts } from './signer-credentials';

const levelKey = {
  indicated: 'level.indicated',
  supported: 'level.supported',
  suggested: 'level.suggested',
} as const satisfies Record<Level, string>;

const noCategoryKey = {
  none: 'category.none',
  undetermined: 'category.undetermined',
} as const satisfies Record<Exclude<Analysis['category'], 'I' | 'II' | 'III'>, string>;

const positionKey = {
  prone: 'plan.prone',
  supine: 'plan.supine',
} as const satisfies Record<BlockingPlan['position'], string>;

const soapParts = [
  { key: 'subjective', label: 'soap.subjective' },
  { key: 'objective', label: 'soap.objective' },
  { key: 'assessment', label: 'soap.assessment' },
  { key: 'plan', label: 'soap.plan' },
] as const;

/** Who signed: the signed-in user's name as signed when it is them, with their credentials below. */
function useSigner(
  signedBy: string | null,
  t: TFunction<'chartingNote'>,
): { readonly name: string; readonly credentials: CredentialParts | null } | null {
  const { user } = useSession();
  if (signedBy !== user.id) return null;
  return { name: signedName(user), credentials: credentialParts(user.profile, t) };
}

/** Verification items as the engine gives them: indicator, side, pre → post, change. */
function VerificationItems({
  items,
  name,
}: {
  readonly items: Visit['engine']['verification']['items'];
  readonly name: (id: string) => string;
}) {
  const { t } = useTranslation('chartingNote');
  const words = useVerificationWords();
  return (
    <ul className="plain-list verification-items">
      {items.map((i, n) => {
        const side = words.side(i.side);
        const values = {
          indicator: name(i.indicator),
          side,
          pre: readingOnSide(i.pre, i.side),
          post: readingOnSide(i.post, i.side),
        };
        return (
          <li key={n} data-change={i.change}>
            {side === '' ? t('signed.item', values) : t('signed.itemOnSide', values)}{' '}
            <Badge tone={changeLabel(i.change).tone}>{words.change(i.change)}</Badge>
          </li>
        );
      })}
    </ul>
  );
}

/** The plan as signed, with the plan's certainty and each block's own (REFERENCE §9). */
function PlanSummary({ plan }: { readonly plan: BlockingPlan }) {
  const { t } = useTranslation('chartingNote');
  return (
    <div className="stack">
      <p>
        {t('plan.category', { category: plan.category })} <strong>{t(positionKey[plan.position])}</strong>
        {plan.tentative ? <Badge tone="warning">{t('plan.tentative')}</Badge> : null}
      </p>
      <p className="plan-certainty" data-certainty={plan.certainty}>
        {t('plan.certainty')} <CertaintyBadge certainty={plan.certainty} />
      </p>
      {plan.placement === 'practitioner' ? (
        <p className="muted">{t('plan.placedByPractitioner')}</p>
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
  const { t } = useTranslation('chartingNote');
  // The referral reads as it did on the charting screen.
  const { t: charting } = useTranslation('charting');
  const text = useProtocolText();
  const words = useVerificationWords();
  const { analysis: a, plan, verification } = visit.engine;
  const urgency = a.referral === null ? null : urgencyText(a.referral.urgency, charting);
  const soap = visit.record.soap;
  const codes = [...visit.record.coding.diagnoses, ...visit.record.coding.lines.map(codingLineText)];
  const notes = words.notes(verification.summary);
  const signer = useSigner(visit.signedBy, t);
  // With no positive finding left unchecked, every item not re-checked was negative before treatment:
  // not a gap, so they fold away under their count (the summary's, as stored).
  const foldNegatives =
    verification.summary.not_rechecked === 0 && verification.summary.negativeNotRechecked > 0;
  const shown = foldNegatives
    ? verification.items.filter((i) => i.change !== 'not_rechecked')
    : verification.items;
  const folded = foldNegatives ? verification.items.filter((i) => i.change === 'not_rechecked') : [];
  const signedAt = visit.signedAt === null ? null : formatDateTime(visit.signedAt, timeZone);
  return (
    <div className="stack">
      <section className="panel signed-panel stack" aria-label={t('signed.region')}>
        <p role="status" className="signed-banner">
          <Badge tone="success">{t('signed.badge')}</Badge>{' '}
          {signer === null
            ? signedAt === null
              ? t('signed.byOther')
              : t('signed.byOtherOn', { date: signedAt })
            : signedAt === null
              ? t('signed.by', { name: signer.name })
              : t('signed.byOn', { name: signer.name, date: signedAt })}
          {signedAt === null ? null : (
            <>
              {' '}
              <span className="muted small" translate="no">
                ({timeZone})
              </span>
            </>
          )}
        </p>
        {signer === null || signer.credentials === null ? null : (
          <p className="muted">
            {t('signed.credentials')} <CredentialsLine parts={signer.credentials} />
          </p>
        )}
        <p className="row-actions">
          <a className="button button-secondary" href={documentsApi.signedNoteUrl(visit.id)} download>
            {t('signed.pdf')}
          </a>
          <span className="muted small">
            {t('signed.frozen', { engine: visit.engine.engineVersion, protocol: visit.engine.packRef })}
          </span>
        </p>
      </section>
      {a.referral === null ? null : (
        <Section title={t('referral.title')}>
          <div className={`referral referral-${a.referral.urgency}`} data-urgency={a.referral.urgency}>
            <h3>{urgency?.heading}</h3>
            <p className="referral-urgency">
              {t('referral.urgency')} <strong>{urgency?.label}</strong> — {urgency?.when}
            </p>
            {visit.record.referral === null ? (
              <p>{text('urgency', a.referral.urgency, 'message', a.referral.message)}</p>
            ) : null}
            <p>
              {t('referral.flags', { count: a.referral.flags.length })}{' '}
              <strong>{a.referral.flags.map((f) => text('redFlag', f, 'name', name(f))).join(', ')}</strong>
            </p>
          </div>
          <p className="referral-status">
            <strong>{referralStatus(visit.record.referral, timeZone, charting)}</strong>
            {visit.record.referral?.note === undefined ? null : (
              <span className="muted">
                {' '}
                — <span translate="no">{visit.record.referral.note}</span>
              </span>
            )}
          </p>
          <p>
            <a href={documentsApi.referralLetterUrl(visit.id)} download>
              {t('referral.letter')}
            </a>
          </p>
        </Section>
      )}
      <Section title={t('signed.analysis')}>
        {a.referral === null ? (
          <p>
            {a.category === 'I' || a.category === 'II' || a.category === 'III' ? (
              <CategoryBadge category={a.category} side={a.side} />
            ) : (
              t(noCategoryKey[a.category])
            )}{' '}
            {a.level === null ? null : t(levelKey[a.level])}{' '}
            <span className="muted small">{t('signed.ruleCertainty')}</span>{' '}
            <CertaintyBadge certainty={a.rule.certainty} />
            {visit.treatedCategory === null ? null : (
              <>
                {' '}
                · {t('signed.treatedAs')} <CategoryBadge category={visit.treatedCategory.category} />:{' '}
                <span translate="no">{visit.treatedCategory.reason}</span>
              </>
            )}
          </p>
        ) : (
          <p>
            <Badge tone="danger">{t('referral.badge')}</Badge> {t('signed.noCategory')}
          </p>
        )}
        {plan === null ? null : (
          <>
            <h3>{t('signed.blockingPlan')}</h3>
            <PlanSummary plan={plan} />
          </>
        )}
        <h3>{t('signed.postCheck')}</h3>
        <p className="verification-summary">
          <strong>{words.headline(verification.summary)}</strong>
          {notes.length === 0 ? null : <span className="muted small block">{notes.join('; ')}</span>}
        </p>
        <VerificationItems items={shown} name={name} />
        {folded.length === 0 ? null : (
          <details className="folded-items">
            <summary>{t('signed.folded', { count: verification.summary.negativeNotRechecked })}</summary>
            <VerificationItems items={folded} name={name} />
          </details>
        )}
      </Section>
      <Section title={t('note.soapTitle')}>
        {soapParts.map((p) => (
          <div key={p.key}>
            <h3>{t(p.label)}</h3>
            <p className="pre-wrap" translate="no">
              {soap[p.key] === '' ? '—' : soap[p.key]}
            </p>
          </div>
        ))}
        <p>
          {t('signed.codes')}{' '}
          {codes.length === 0 ? t('signed.noCodes') : <span translate="no">{codes.join(', ')}</span>}
        </p>
      </Section>
      <AddendaSection visitId={visit.id} timeZone={timeZone} />
    </div>
  );
}
