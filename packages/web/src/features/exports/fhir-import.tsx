import type { FhirImportOutcome, FhirImportResult } from '@sotchart/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { fhirImportApi } from '../../api/fhir-import-api';
import { Alert } from '../../ui/alert';
import { Badge, type BadgeTone } from '../../ui/badge';
import { Button } from '../../ui/button';
import { Section } from '../../ui/section';
import { useCan } from '../auth/use-can';

const outcomeTones: Record<FhirImportOutcome, BadgeTone> = {
  created: 'success',
  updated: 'accent',
  skipped: 'neutral',
  refused: 'danger',
};

function Results({ result }: { readonly result: FhirImportResult }) {
  const { created, updated, skipped, refused } = result.counts;
  return (
    <div className="stack">
      <p role="status">
        {result.dryRun ? 'Checked, nothing written: ' : 'Imported: '}
        {created} created, {updated} updated, {skipped} skipped, {refused} refused.
      </p>
      <div className="table-scroll">
        <table className="table compact">
          <caption className="visually-hidden">One result per entry of the file</caption>
          <thead>
            <tr>
              <th scope="col">Entry</th>
              <th scope="col">Resource</th>
              <th scope="col">Result</th>
              <th scope="col">Chart number</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {result.entries.map((e) => (
              <tr key={e.entry}>
                <td>{e.entry}</td>
                <td>{e.resourceType ?? ''}</td>
                <td>
                  <Badge tone={outcomeTones[e.outcome]}>{e.outcome}</Badge>
                </td>
                <td>{e.chartNumber ?? ''}</td>
                <td>
                  {e.reason ?? ''}
                  {e.path === undefined ? null : <span className="muted"> ({e.path})</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/**
 * Owners import another system's records: a FHIR R4 Bundle or resource (JSON) or NDJSON. "Check"
 * is a dry run that shows what would happen; "Import" writes, each entry on its own, and shows one
 * result per entry.
 */
export function FhirImport() {
  const owner = useCan('clinicAdmin');
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const queryClient = useQueryClient();
  const run = useMutation({
    mutationFn: ({ chosen, dryRun }: { chosen: File; dryRun: boolean }) =>
      fhirImportApi.importFile(chosen, dryRun),
    onSuccess: (result) => {
      if (!result.dryRun) void queryClient.invalidateQueries({ queryKey: ['patient'] });
    },
  });
  if (!owner) return null;
  return (
    <Section title="Import records from another system (FHIR)">
      <div className="stack">
        <p>
          A FHIR R4 Bundle (collection, transaction, batch or searchset) or one resource as JSON, or NDJSON (
          <code>.ndjson</code>). Patients and their conditions, allergies, medications, vital signs,
          procedures and encounters are imported; what was imported before is skipped.
        </p>
        <div className="field">
          <label htmlFor={inputId}>File</label>
          <input
            id={inputId}
            type="file"
            accept=".json,.ndjson,.jsonl,application/json,application/fhir+json"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              run.reset();
            }}
          />
        </div>
        <p className="form-actions">
          <Button
            disabled={file === null}
            busy={run.isPending && run.variables.dryRun}
            onClick={() => file !== null && run.mutate({ chosen: file, dryRun: true })}
          >
            Check (nothing is written)
          </Button>
          <Button
            variant="primary"
            disabled={file === null}
            busy={run.isPending && !run.variables.dryRun}
            onClick={() => file !== null && run.mutate({ chosen: file, dryRun: false })}
          >
            Import
          </Button>
        </p>
        {run.isError ? <Alert tone="danger">{run.error.message}</Alert> : null}
        {run.data === undefined ? null : <Results result={run.data} />}
      </div>
    </Section>
  );
}
