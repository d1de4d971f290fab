import { csvTables, type ResearchDateMode } from '@sotchart/contract';
import { useState } from 'react';
import { useTranslation } from '../../i18n/translation';
import { exportsApi } from '../../api/exports-api';
import { RadioGroup } from '../../ui/radio-group';
import { Section } from '../../ui/section';
import { useCan } from '../auth/use-can';

const tableKeys = {
  patients: 'clinic.csvPatients',
  visits: 'clinic.csvVisits',
  findings: 'clinic.csvFindings',
} as const;

/**
 * The whole clinic's exports, owners only: FHIR R4, CSV, and the de-identified research export (HIPAA
 * Safe Harbor by default, or with shifted dates, which needs an expert determination). One patient's
 * record is exported from the patient's page.
 */
export function ClinicExports() {
  const { t } = useTranslation('exports');
  const owner = useCan('clinicAdmin');
  const [dates, setDates] = useState<ResearchDateMode>('safe-harbor');
  if (!owner) return null;
  return (
    <Section title={t('clinic.title')}>
      <div className="stack">
        <p className="row-actions">
          <a className="button button-secondary" href={exportsApi.fhirUrl()} download>
            {t('clinic.fhir')}
          </a>
          {csvTables.map((table) => (
            <a key={table} className="button button-secondary" href={exportsApi.csvUrl(table)} download>
              {t(tableKeys[table])}
            </a>
          ))}
        </p>
        <h3>{t('clinic.researchTitle')}</h3>
        <RadioGroup<ResearchDateMode>
          legend={t('clinic.dates')}
          value={dates}
          onChange={setDates}
          options={[
            {
              value: 'safe-harbor',
              label: t('clinic.safeHarbor'),
              description: t('clinic.safeHarborHint'),
            },
            {
              value: 'shifted',
              label: t('clinic.shifted'),
              description: t('clinic.shiftedHint'),
            },
          ]}
        />
        <p className="form-actions">
          <a className="button button-primary" href={exportsApi.researchUrl(dates)} download>
            {t('clinic.research')}
          </a>
        </p>
      </div>
    </Section>
  );
}
