import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../../i18n/translation';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { searchPatients } from '../../api/patient-search-api';
import { queryKeys } from '../../api/query-keys';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { CheckboxField } from '../../ui/checkbox-field';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { useCan } from '../auth/use-can';
import { PatientResults } from './patient-results';
import { useDebouncedValue } from './use-debounced-value';
import './patient-list.css';

/**
 * Search-first patient list: the search box has focus on arrival, results follow each keystroke
 * (name as the list shows it or either way round, chart number or its digits, date of birth, one typo
 * forgiven), Arrow-down enters the results and Enter opens one; Enter in the box opens the only match,
 * once the search for what was typed has answered. The
 * settled search is mirrored into the address, so Back returns to the same results; the box itself
 * holds its own text, so no keystroke waits on a navigation.
 */
export function PatientListPage() {
  const { t } = useTranslation('patients');
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState(() => params.get('q') ?? '');
  // The box keeps its own state too, so a tick never waits on a navigation.
  const [includeArchived, setIncludeArchived] = useState(() => params.get('archived') === '1');
  const debounced = useDebouncedValue(q.trim(), 150);
  const canWrite = useCan('demographicsWrite');
  const input = useRef<HTMLInputElement>(null);
  const results = useRef<HTMLUListElement>(null);
  const navigate = useNavigate();
  // Enter pressed in the box before the search for its text answered: the text it was pressed on.
  const [openOnAnswer, setOpenOnAnswer] = useState<string | null>(null);

  useEffect(() => {
    input.current?.focus();
  }, []);

  const search = useInfiniteQuery({
    queryKey: queryKeys.patientSearch(debounced, includeArchived),
    queryFn: ({ pageParam, signal }) =>
      searchPatients(
        { q: debounced, includeArchived, ...(pageParam === null ? {} : { cursor: pageParam }) },
        signal,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
  const patients = search.data?.pages.flatMap((page) => page.items) ?? [];
  // The results on screen answer the text in the box (not the last search while the next one runs).
  const answered =
    q.trim() === debounced && search.isSuccess && !search.isPlaceholderData && !search.isFetching;
  const onlyMatch = answered && patients.length === 1 ? patients[0] : undefined;

  useEffect(() => {
    if (openOnAnswer === null || !answered) return;
    setOpenOnAnswer(null);
    if (openOnAnswer === debounced && onlyMatch !== undefined) void navigate(`/patients/${onlyMatch.id}`);
  }, [openOnAnswer, answered, debounced, onlyMatch, navigate]);

  const setAddress = (query: string, archived: boolean) => {
    const next = new URLSearchParams();
    if (query !== '') next.set('q', query);
    if (archived) next.set('archived', '1');
    if (next.toString() !== params.toString()) setParams(next, { replace: true });
  };
  useEffect(() => {
    setAddress(debounced, includeArchived);
    // Only a settled search is written to the address; `params` itself is what it writes.
  }, [debounced]);
  const addressQ = params.get('q') ?? '';
  const addressArchived = params.get('archived') === '1';
  useEffect(() => {
    // The address changed from outside (a link to /patients, Back): the boxes follow it.
    if (addressQ !== debounced) setQ(addressQ);
  }, [addressQ]);
  useEffect(() => {
    setIncludeArchived(addressArchived);
  }, [addressArchived]);
  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      results.current?.querySelector<HTMLAnchorElement>('a[data-result]')?.focus();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (onlyMatch !== undefined) void navigate(`/patients/${onlyMatch.id}`);
      else if (!answered) setOpenOnAnswer(q.trim());
    }
  };

  const count = patients.length;
  const countText = search.isPlaceholderData
    ? t('patientList.searching')
    : !search.isSuccess
      ? ''
      : debounced === ''
        ? search.hasNextPage
          ? t('patientList.countMore', { count })
          : t('patientList.count', { count })
        : search.hasNextPage
          ? t('patientList.countMoreMatching', { count, query: debounced })
          : t('patientList.countMatching', { count, query: debounced });

  return (
    <div className="stack">
      <div className="page-head">
        <PageTitle title={t('patientList.title')} focusOnOpen={false} />
        {canWrite ? (
          <Link className="button button-primary" to="/patients/new">
            {t('patientList.new')}
          </Link>
        ) : null}
      </div>
      <div className="search-bar" role="search">
        <label htmlFor="patient-search" className="search-label">
          {t('patientList.searchLabel')}
        </label>
        <input
          ref={input}
          id="patient-search"
          type="search"
          className="search-input"
          placeholder={t('patientList.searchPlaceholder')}
          autoComplete="off"
          spellCheck={false}
          value={q}
          aria-controls="patient-results"
          aria-describedby="patient-count"
          onChange={(e) => {
            setQ(e.target.value);
            setOpenOnAnswer(null);
          }}
          onKeyDown={onSearchKey}
        />
        <CheckboxField
          label={t('patientList.includeArchived')}
          checked={includeArchived}
          onChange={(checked) => {
            setIncludeArchived(checked);
            setAddress(debounced, checked);
          }}
        />
      </div>
      <p id="patient-count" className="muted" aria-live="polite">
        {countText}
      </p>
      {search.isPending ? <Loading label={t('patientList.finding')} /> : null}
      {search.isError ? <Alert tone="danger">{search.error.message}</Alert> : null}
      {search.isSuccess && patients.length === 0 ? (
        <p>{debounced === '' ? t('patientList.empty') : t('patientList.noMatch')}</p>
      ) : null}
      <PatientResults ref={results} patients={patients} onLeaveTop={() => input.current?.focus()} />
      {search.hasNextPage ? (
        <Button onClick={() => void search.fetchNextPage()} busy={search.isFetchingNextPage}>
          {t('patientList.showMore')}
        </Button>
      ) : null}
    </div>
  );
}
