import type { ImportedHistoryEntry, ImportedRecord } from '@sotchart/contract';
import { useQuery } from '@tanstack/react-query';
import { fhirImportApi } from '../../api/fhir-import-api';
import { queryKeys } from '../../api/query-keys';
import { Alert } from '../../ui/alert';
import { Badge } from '../../ui/badge';
import { Loading } from '../../ui/loading';
import { Section } from '../../ui/section';

const typeLabels: Record<string, string> = {
  Condition: 'Condition',
  AllergyIntolerance: 'Allergy',
  MedicationStatement: 'Medication',
  MedicationRequest: 'Prescription',
  Observation: 'Vital sign',
  Procedure: 'Procedure',
  Encounter: 'Encounter',
};

/** The entry's name: its text, else its code and system. */
const nameOf = (e: ImportedHistoryEntry): string =>
  e.display ?? `${e.code ?? ''} (${e.codeSystem ?? 'no system'})`;

/** A FHIR date or dateTime shown as its date part, as precise as the source gave it. */
const dateOf = (value: string | null): string => (value === null ? '' : value.slice(0, 10));

function Identifiers({ record }: { readonly record: ImportedRecord }) {
  if (record.identifiers.length === 0) return null;
  return (
    <ul className="plain-list">
      {record.identifiers.map((i) => (
        <li key={`${i.system}|${i.value}`}>
          {i.type === null ? null : <Badge>{i.type}</Badge>} <span className="muted">{i.system}</span>{' '}
          {i.value}
          {i.national ? <span className="visually-hidden"> (national identifier, last 4 shown)</span> : null}
        </li>
      ))}
    </ul>
  );
}

/**
 * What a FHIR import brought from the patient's former records: the coded history (conditions,
 * allergies, medications, vital signs, procedures, encounters) and the source's identifiers, national
 * ones with their last 4 characters only. Read-only: it is the other system's record. Shows nothing
 * for a patient never imported.
 */
export function ImportedHistory({ patientId }: { readonly patientId: string }) {
  const record = useQuery({
    queryKey: queryKeys.importedRecord(patientId),
    queryFn: () => fhirImportApi.importedRecord(patientId),
  });
  if (record.isPending) return <Loading />;
  if (record.isError) return <Alert tone="danger">{record.error.message}</Alert>;
  const r = record.data;
  const partialBirthDate = r.birthDatePrecision !== 'day';
  if (r.history.length === 0 && r.identifiers.length === 0 && !r.deceased && !partialBirthDate) return null;
  return (
    <Section title="Imported history">
      <div className="stack">
        {r.deceased ? (
          <p>
            <Badge tone="warning">Deceased{r.deceasedAt === null ? '' : ` ${dateOf(r.deceasedAt)}`}</Badge>
          </p>
        ) : null}
        {partialBirthDate ? (
          <p className="muted">
            The source gave the birth date to the {r.birthDatePrecision} only; it is kept as the first day.
          </p>
        ) : null}
        <Identifiers record={r} />
        {r.history.length === 0 ? null : (
          <div className="table-scroll">
            <table className="table compact">
              <caption className="visually-hidden">Imported history, oldest first</caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Kind</th>
                  <th scope="col">What</th>
                  <th scope="col">Value</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {r.history.map((e) => (
                  <tr key={e.id}>
                    <td>
                      {dateOf(e.startDate)}
                      {e.endDate === null ? '' : ` – ${dateOf(e.endDate)}`}
                    </td>
                    <td>{typeLabels[e.resourceType] ?? e.resourceType}</td>
                    <th scope="row">{nameOf(e)}</th>
                    <td>{e.value ?? ''}</td>
                    <td>{e.status ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </Section>
  );
}
