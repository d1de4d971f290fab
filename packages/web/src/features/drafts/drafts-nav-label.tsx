import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from '../../i18n/translation';
import { useLocation } from 'react-router';
import { Badge } from '../../ui/badge';
import { staleDraftsQuery } from './stale-drafts-query';
import './drafts.css';

/** A minute: the count may lag a signing by this long, and each read is an audited access. */
const countFreshFor = 60_000;

/**
 * The main navigation's "Drafts" label, with a badge counting the caller's drafts older than a day
 * (read as "Drafts (2)"). The count is read again on moving to another screen, at most once a minute,
 * and on returning to the tab, so a draft signed on the charting screen soon leaves it.
 */
export function DraftsNavLabel() {
  const { t } = useTranslation('drafts');
  const drafts = useQuery({ ...staleDraftsQuery, staleTime: countFreshFor, refetchOnWindowFocus: true });
  const queryClient = useQueryClient();
  const { pathname } = useLocation();
  useEffect(() => {
    void queryClient.prefetchQuery({ ...staleDraftsQuery, staleTime: countFreshFor });
  }, [pathname, queryClient]);
  const count = drafts.data?.length ?? 0;
  return (
    <>
      {t('nav.label')}
      {count > 0 ? (
        <>
          {/* The badge shows the number; screen readers hear "Drafts (2)" from the hidden text. */}
          <span className="nav-count" aria-hidden="true">
            <Badge tone="warning">{count}</Badge>
          </span>
          <span className="visually-hidden"> {t('nav.count', { count })}</span>
        </>
      ) : null}
    </>
  );
}
