import type { Language } from '@sotchart/contract';
import { languageNames, languages, namespaces, type Namespace } from '@sotchart/i18n';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from '../../i18n/translation';
import { wordingApi } from '../../api/wording-api';
import { setClinicWording } from '../../i18n/clinic-wording';
import { CheckboxField } from '../../ui/checkbox-field';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { useSession } from '../auth/session-context';
import { WordingEntryRow } from './wording-entry';
import './wording.css';

/** Each catalogue named for what it holds. */
const namespaceKey = {
  common: 'namespace.common',
  errors: 'namespace.errors',
  auth: 'namespace.auth',
  patients: 'namespace.patients',
  account: 'namespace.account',
  offline: 'namespace.offline',
  dayList: 'namespace.dayList',
  schedule: 'namespace.schedule',
  kiosk: 'namespace.kiosk',
  consents: 'namespace.consents',
  outcomes: 'namespace.outcomes',
  documents: 'namespace.documents',
  episodes: 'namespace.episodes',
  drafts: 'namespace.drafts',
  admin: 'namespace.admin',
  audit: 'namespace.audit',
  exports: 'namespace.exports',
  fhirImport: 'namespace.fhirImport',
  protocol: 'namespace.protocol',
  timeline: 'namespace.timeline',
  blocking: 'namespace.blocking',
  charting: 'namespace.charting',
  chartingNote: 'namespace.chartingNote',
  coding: 'namespace.coding',
  protocolContent: 'namespace.protocolContent',
  reports: 'namespace.reports',
  handout: 'namespace.handout',
  wording: 'namespace.wording',
  narrative: 'namespace.narrative',
} as const satisfies Record<Namespace, string>;

const languageOptions = languages.map((l) => ({ value: l, label: languageNames[l], lang: l }));

/**
 * The clinic's wording (owners): every message of the app and its documents, in any language, with
 * its English source and the bundled translation's review status. The clinic rewords a message as a
 * draft or approves it; approved wording replaces the bundled text for the whole clinic.
 */
export function WordingPage() {
  const { t, i18n } = useTranslation('wording');
  const session = useSession();
  const [language, setLanguage] = useState<Language>(session.clinic.language);
  const [namespace, setNamespace] = useState<Namespace>('common');
  const [unreviewedOnly, setUnreviewedOnly] = useState(false);
  const [search, setSearch] = useState('');
  const queryClient = useQueryClient();
  const queryKey = ['wording', language, namespace] as const;
  const catalogue = useQuery({ queryKey, queryFn: () => wordingApi.catalogue({ language, namespace }) });
  const onChanged = async () => {
    await queryClient.invalidateQueries({ queryKey });
    // The app shows the new wording at once, on this screen and the next.
    setClinicWording(true);
    await i18n.reloadResources(language);
  };
  const needle = search.trim().toLowerCase();
  const entries = (catalogue.data?.entries ?? []).filter(
    (e) =>
      (!unreviewedOnly || (e.bundledStatus === 'draft' && e.own?.status !== 'clinician-reviewed')) &&
      (needle === '' ||
        [e.key, e.english, e.bundled, e.own?.text ?? ''].some((s) => s.toLowerCase().includes(needle))),
  );
  return (
    <div className="stack">
      <PageTitle title={t('title')}>
        <p>{t('intro')}</p>
      </PageTitle>
      <div className="wording-filters">
        <SelectField
          label={t('filter.language')}
          value={language}
          options={languageOptions}
          onChange={(value) => setLanguage(value as Language)}
        />
        <SelectField
          label={t('filter.catalogue')}
          value={namespace}
          options={namespaces.map((ns) => ({ value: ns, label: t(namespaceKey[ns]) }))}
          onChange={(value) => setNamespace(value as Namespace)}
        />
        <TextField label={t('filter.search')} value={search} onChange={setSearch} type="search" />
        <CheckboxField
          label={t('filter.unreviewedOnly')}
          checked={unreviewedOnly}
          onChange={setUnreviewedOnly}
        />
      </div>
      {catalogue.isPending ? (
        <Loading />
      ) : (
        <>
          <p role="status">
            {t('count', { shown: entries.length, total: catalogue.data?.entries.length ?? 0 })}
          </p>
          <ul className="wording-list">
            {entries.map((entry) => (
              <WordingEntryRow
                key={`${language}/${namespace}/${entry.key}`}
                language={language}
                namespace={namespace}
                entry={entry}
                onChanged={onChanged}
              />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
