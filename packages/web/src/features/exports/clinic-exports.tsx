import { csvTables, type ResearchDateMode } from '@sotchart/contract';
import { useState } from 'react';
import { exportsApi } from '../../api/exports-api';
import { RadioGroup } from '../../ui/radio-group';
import { Section } from '../../ui/section';
import { useCan } from '../auth/use-can';

const tableLabels = { patients: 'Patients', visits: 'Visits', findings: 'Findings' } as const;

/**
 * The whole clinic's exports, owners only: FHIR R4, CSV, and the de-identified research export (HIPAA
 * Safe Harbor by default, or with shifted dates, which needs an expert determination). One patient's
 * record is exported from the patient's page.
 */
export function ClinicExports() {
  const owner = useCan('clinicAdmin');
  const [dates, setDates] = useState<ResearchDateMode>('safe-harbor');
  if (!owner) return null;
  return (
    <Section title="Export the clinic’s records">
      <div className="stack">
        <p className="row-actions">
          <a className="button button-secondary" href={exportsApi.fhirUrl()} download>
            All patients, FHIR R4 (JSON)
          </a>
          {csvTables.map((table) => (
            <a key={table} className="button button-secondary" href={exportsApi.csvUrl(table)} download>
              {tableLabels[table]} (CSV)
            </a>
          ))}
        </p>
        <h3>De-identified research export</h3>
        <RadioGroup<ResearchDateMode>
          legend="Dates"
          value={dates}
          onChange={setDates}
          options={[
            {
              value: 'safe-harbor',
              label: 'HIPAA Safe Harbor',
              description: 'Years only; visits as days since the episode start.',
            },
            {
              value: 'shifted',
              label: 'Shifted dates',
              description: 'Each patient’s dates moved by a random offset. Needs an expert determination.',
            },
          ]}
        />
        <p className="form-actions">
          <a className="button button-primary" href={exportsApi.researchUrl(dates)} download>
            Research export (JSON)
          </a>
        </p>
      </div>
    </Section>
  );
}
