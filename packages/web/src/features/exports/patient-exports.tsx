import { csvTables, usBillingOn } from '@sotchart/contract';
import { useState } from 'react';
import { useTranslation } from '../../i18n/translation';
import { exportsApi } from '../../api/exports-api';
import { useSession } from '../auth/session-context';
import { Section } from '../../ui/section';
import { TextField } from '../../ui/text-field';

const tableKeys = {
  patients: 'patient.csvPatient',
  visits: 'patient.csvVisits',
  findings: 'patient.csvFindings',
} as const;

/**
 * A patient's exports: the whole record as a FHIR R4 Bundle, CSV of the patient, visits and findings,
 * and, in a US clinic, a superbill and CMS-1500 claim forms of the signed visits in a period (an
 * empty date means from the first or to the last visit). Each download is audited by the server.
 */
export function PatientExports({ patientId }: { readonly patientId: string }) {
  const { t } = useTranslation('exports');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const billing = usBillingOn(useSession().clinic);
  return (
    <Section title={billing ? t('patient.titleBilling') : t('patient.title')}>
      <div className="stack">
        {billing ? (
          <>
            <h3>{t('patient.billingTitle')}</h3>
            <div className="form-grid">
              <TextField
                label={t('patient.from')}
                type="date"
                value={from}
                onChange={setFrom}
                hint={t('patient.fromHint')}
              />
              <TextField
                label={t('patient.to')}
                type="date"
                value={to}
                onChange={setTo}
                hint={t('patient.toHint')}
              />
            </div>
            <div className="form-actions">
              <a
                className="button button-primary"
                href={exportsApi.periodSuperbillUrl(patientId, { from, to })}
                download
              >
                {t('patient.superbill')}
              </a>
              <a
                className="button button-secondary"
                href={exportsApi.periodClaimFormUrl(patientId, { from, to }, 'form')}
                download
              >
                {t('patient.claimForm')}
              </a>
              <a
                className="button button-secondary"
                href={exportsApi.periodClaimFormUrl(patientId, { from, to }, 'data')}
                download
              >
                {t('patient.claimData')}
              </a>
            </div>
          </>
        ) : null}
        <h3>{t('patient.recordTitle')}</h3>
        <p className="row-actions">
          <a className="button button-secondary" href={exportsApi.fhirUrl(patientId)} download>
            {t('patient.fhir')}
          </a>
          {csvTables.map((table) => (
            <a
              key={table}
              className="button button-secondary"
              href={exportsApi.csvUrl(table, patientId)}
              download
            >
              {t(tableKeys[table])}
            </a>
          ))}
        </p>
      </div>
    </Section>
  );
}
