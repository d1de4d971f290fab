import type { Visit } from '@sotchart/contract';
import type { ProtocolPack } from '@sotchart/engine';
import { Badge } from '../../../ui/badge';
import { formatDateTime } from '../../../ui/date-format';
import { Section } from '../../../ui/section';
import { changeLabel } from '../../timeline/change-label';
import { CategoryBadge } from '../../timeline/category-badge';
import { entryText } from '../entry/entry-text';
import { valueOf } from '../entry/entry-value';
import { AddendaSection } from './addenda-section';

/** A signed visit, read-only: the analysis, the pre → post changes, the SOAP note, the codes, the addenda. */
export function SignedVisitView({
  visit,
  pack,
  name,
  timeZone,
}: {
  readonly visit: Visit;
  readonly pack: ProtocolPack;
  readonly name: (id: string) => string;
  readonly timeZone: string;
}) {
  const a = visit.engine.analysis;
  const soap = visit.record.soap;
  const codes = [
    ...visit.record.coding.diagnoses,
    ...visit.record.coding.procedures,
    ...visit.record.coding.modifiers,
  ];
  const known = new Set(pack.indicators.map((i) => i.id));
  return (
    <div className="stack">
      <p role="status" className="signed-banner">
        <Badge tone="success">Signed</Badge>{' '}
        {visit.signedAt === null ? '' : formatDateTime(visit.signedAt, timeZone)} · {visit.engine.packRef}
      </p>
      <Section title="Analysis">
        {a.referral === null ? (
          <p>
            {a.category === 'I' || a.category === 'II' || a.category === 'III' ? (
              <CategoryBadge category={a.category} side={a.side} />
            ) : (
              a.category
            )}{' '}
            {a.level ?? ''}
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
            <Badge tone="danger">Referral</Badge> {a.referral.message}
          </p>
        )}
        <ul className="plain-list">
          {visit.engine.verification.items
            .filter((i) => known.has(i.indicator))
            .map((i, n) => {
              const change = changeLabel(i.change);
              return (
                <li key={n}>
                  {name(i.indicator)} {i.pre === undefined ? '—' : entryText(valueOf(i.pre))} →{' '}
                  {i.post === undefined ? '—' : entryText(valueOf(i.post))}{' '}
                  <Badge tone={change.tone}>{change.text}</Badge>
                </li>
              );
            })}
        </ul>
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
