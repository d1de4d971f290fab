import { csvTables, usBillingOn } from '@sotchart/contract';
import { useState } from 'react';
import { exportsApi } from '../../api/exports-api';
import { useSession } from '../auth/session-context';
import { Section } from '../../ui/section';
import { TextField } from '../../ui/text-field';

const tableLabels = { patients: 'Patient', visits: 'Visits', findings: 'Findings' } as const;

/**
 * A patient's exports: the whole record as a FHIR R4 Bundle, CSV of the patient, visits and findings,
 * and, in a US clinic, a superbill and CMS-1500 claim forms of the signed visits in a period (an
 * empty date means from the first or to the last visit). Each download is audited by the server.
 */
export function PatientExports({ patientId }: { readonly patientId: string }) {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const billing = usBillingOn(useSession().clinic);
  return (
    <Section title={billing ? 'Billing and export' : 'Export'}>
      <div className="stack">
        {billing ? (
          <>
            <h3>Superbill and claim form</h3>
            <div className="form-grid">
              <TextField
                label="From"
                type="date"
                value={from}
                onChange={setFrom}
                hint="Empty: from the first visit"
              />
              <TextField label="To" type="date" value={to} onChange={setTo} hint="Empty: to the last visit" />
            </div>
            <div className="form-actions">
              <a
                className="button button-primary"
                href={exportsApi.periodSuperbillUrl(patientId, { from, to })}
                download
              >
                Superbill (PDF)
              </a>
              <a
                className="button button-secondary"
                href={exportsApi.periodClaimFormUrl(patientId, { from, to }, 'form')}
                download
              >
                CMS-1500 on plain paper (PDF)
              </a>
              <a
                className="button button-secondary"
                href={exportsApi.periodClaimFormUrl(patientId, { from, to }, 'data')}
                download
              >
                CMS-1500 data for the red form (PDF)
              </a>
            </div>
          </>
        ) : null}
        <h3>Record</h3>
        <p className="row-actions">
          <a className="button button-secondary" href={exportsApi.fhirUrl(patientId)} download>
            FHIR R4 (JSON)
          </a>
          {csvTables.map((table) => (
            <a
              key={table}
              className="button button-secondary"
              href={exportsApi.csvUrl(table, patientId)}
              download
            >
              {tableLabels[table]} (CSV)
            </a>
          ))}
        </p>
      </div>
    </Section>
  );
}
