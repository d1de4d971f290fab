import type { FhirImportOutcome, FhirImportResult } from '@sotchart/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from '../../i18n/translation';
import { fhirImportApi } from '../../api/fhir-import-api';
import { Alert } from '../../ui/alert';
import { Badge, type BadgeTone } from '../../ui/badge';
import { Button } from '../../ui/button';
import { Section } from '../../ui/section';
import { useCan } from '../auth/use-can';

const outcomeKeys = {
  created: 'import.outcome.created',
  updated: 'import.outcome.updated',
  skipped: 'import.outcome.skipped',
  refused: 'import.outcome.refused',
} as const satisfies Record<FhirImportOutcome, string>;

const outcomeTones: Record<FhirImportOutcome, BadgeTone> = {
  created: 'success',
  updated: 'accent',
  skipped: 'neutral',
  refused: 'danger',
};

function Results({ result }: { readonly result: FhirImportResult }) {
  const { t, i18n } = useTranslation(['exports', 'fhirImport']);
  const { created, updated, skipped, refused } = result.counts;
  const counts = { created, updated, skipped, refused };
  return (
    <div className="stack">
      <p role="status">{result.dryRun ? t('import.checked', counts) : t('import.imported', counts)}</p>
      <div className="table-scroll">
        <table className="table compact">
          <caption className="visually-hidden">{t('import.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.entry')}</th>
              <th scope="col">{t('import.resource')}</th>
              <th scope="col">{t('import.result')}</th>
              <th scope="col">{t('import.chartNumber')}</th>
              <th scope="col">{t('import.why')}</th>
            </tr>
          </thead>
          <tbody>
            {result.entries.map((e) => (
              <tr key={e.entry}>
                <td>{e.entry}</td>
                <td translate="no">{e.resourceType ?? ''}</td>
                <td>
                  <Badge tone={outcomeTones[e.outcome]}>{t(outcomeKeys[e.outcome])}</Badge>
                </td>
                <td translate="no">{e.chartNumber ?? ''}</td>
                <td>
                  {e.reason === undefined ? '' : i18n.translateText('fhirImport', e.reason)}
                  {e.path === undefined ? null : (
                    <span className="muted" translate="no">
                      {' '}
                      ({e.path})
                    </span>
                  )}
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
  const { t } = useTranslation('exports');
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
    <Section title={t('import.title')}>
      <div className="stack">
        <p>{t('import.intro')}</p>
        <div className="field">
          <label htmlFor={inputId}>{t('import.file')}</label>
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
            {t('import.check')}
          </Button>
          <Button
            variant="primary"
            disabled={file === null}
            busy={run.isPending && !run.variables.dryRun}
            onClick={() => file !== null && run.mutate({ chosen: file, dryRun: false })}
          >
            {t('import.import')}
          </Button>
        </p>
        {run.isError ? <Alert tone="danger">{run.error.message}</Alert> : null}
        {run.data === undefined ? null : <Results result={run.data} />}
      </div>
    </Section>
  );
}
