import type { Visit } from '@sotchart/contract';
import { useId } from 'react';
import { useTranslation } from '../../../i18n/translation';
import { Button } from '../../../ui/button';
import { formatDateTime } from '../../../ui/date-format';
import { mergeDrafts } from '../draft/merge-drafts';
import { draftOf, type VisitDraft } from '../draft/visit-draft';
import { conflictRows } from './conflict-rows';
import { describeDraft } from './describe-draft';

export interface ConflictResolverProps {
  readonly mine: VisitDraft;
  readonly theirs: Visit;
  /** The version both were made from. */
  readonly base: VisitDraft;
  readonly name: (id: string) => string;
  readonly timeZone: string;
  readonly onResolve: (theirs: Visit, merged: VisitDraft) => void;
}

/**
 * Someone saved the visit after this device read it. What differs is shown side by side (see
 * {@link conflictRows}), with "—" where a version has nothing the other lacks; the user
 * keeps both (a merge that joins texts both sides changed), keeps their own, or keeps the other's.
 */
export function ConflictResolver({ mine, theirs, base, name, timeZone, onResolve }: ConflictResolverProps) {
  const { t } = useTranslation('chartingNote');
  const headingId = useId();
  const other = draftOf(theirs);
  const rows = conflictRows(describeDraft(mine, name, t), describeDraft(other, name, t));
  return (
    <section className="conflict" role="alert" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('conflict.title')}</h2>
      <p>
        {t('conflict.intro', { date: formatDateTime(theirs.updatedAt, timeZone), version: theirs.version })}
      </p>
      <div className="table-scroll">
        <table className="table conflict-table">
          <thead>
            <tr>
              <th scope="col">{t('conflict.field')}</th>
              <th scope="col">{t('conflict.mine')}</th>
              <th scope="col">{t('conflict.theirs')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                <td className="pre-wrap" data-version="mine" translate="no">
                  {r.mine === '' ? '—' : r.mine}
                </td>
                <td className="pre-wrap" data-version="theirs" translate="no">
                  {r.theirs === '' ? '—' : r.theirs}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="row-actions">
        <Button variant="primary" onClick={() => onResolve(theirs, mergeDrafts(base, mine, other))}>
          {t('conflict.keepBoth')}
        </Button>
        <Button onClick={() => onResolve(theirs, mine)}>{t('conflict.keepMine')}</Button>
        <Button onClick={() => onResolve(theirs, other)}>{t('conflict.keepSaved')}</Button>
      </div>
    </section>
  );
}
