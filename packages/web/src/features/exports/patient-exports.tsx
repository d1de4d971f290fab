import { csvTables } from '@sotchart/contract';
import { useState } from 'react';
import { exportsApi } from '../../api/exports-api';
import { Section } from '../../ui/section';
import { TextField } from '../../ui/text-field';

const tableLabels = { patients: 'Patient', visits: 'Visits', findings: 'Findings' } as const;

/**
 * A patient's exports: the whole record as a FHIR R4 Bundle, CSV of the patient, visits and findings,
 * and a superbill of the signed visits in a period (an empty date means from the first or to the
 * last visit). Each download is audited by the server.
 */
export function PatientExports({ patientId }: { readonly patientId: string }) {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  return (
    <Section title="Billing and export">
      <div className="stack">
        <h3>Superbill</h3>
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
        </div>
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
