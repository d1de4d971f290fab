import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { i18n } from '../../i18n/translation';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/translation';
import { fieldErrorsOf } from '../../api/field-errors';
import { outcomeKeys, outcomesApi } from '../../api/outcomes-api';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { CheckboxField } from '../../ui/checkbox-field';
import { formatDateTime } from '../../ui/date-format';
import { ErrorSummary } from '../../ui/error-summary';
import { instrumentShortName } from './instrument-labels';
import { UnvalidatedMark } from './unvalidated-mark';

/** The file as JSON, or a problem in words when it is not JSON at all. */
async function packOf(file: File): Promise<{ readonly pack: unknown } | { readonly problem: string }> {
  try {
    return { pack: JSON.parse(await file.text()) as unknown };
  } catch {
    return { problem: i18n.t('textPack.notJson', { ns: 'outcomes', file: file.name }) };
  }
}

/**
 * The clinic's licensed questionnaire wording (ODI, NDI…): what is loaded, and an owner's upload of a
 * JSON text pack, which the clinic affirms it holds the named licence for. The server checks the pack
 * against the instrument (every item, one statement per scale point) and names each problem; the
 * tablet then shows the wording instead of section titles. SOT Chart ships no licensed wording.
 */
export function TextPackUpload({ timeZone }: { readonly timeZone: string }) {
  const { t } = useTranslation('outcomes');
  const queryClient = useQueryClient();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [affirmed, setAffirmed] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [revision, setRevision] = useState(0);
  const packs = useQuery({ queryKey: outcomeKeys.textPacks, queryFn: outcomesApi.textPacks });
  const load = useMutation({
    mutationFn: outcomesApi.loadTextPack,
    onSuccess: async () => {
      setFile(null);
      setAffirmed(false);
      await queryClient.invalidateQueries({ queryKey: outcomeKeys.textPacks });
      await queryClient.invalidateQueries({ queryKey: outcomeKeys.instruments });
    },
    onError: () => setRevision((r) => r + 1),
  });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (file === null) return;
    const read = await packOf(file);
    setProblem('problem' in read ? read.problem : null);
    if ('pack' in read) load.mutate(read.pack);
  };
  const errors = Object.entries(fieldErrorsOf(load.error));
  return (
    <div className="stack">
      {packs.data === undefined || packs.data.length === 0 ? (
        <p className="muted">{t('textPack.none')}</p>
      ) : (
        <ul className="plain-list" aria-label={t('textPack.listLabel')}>
          {packs.data.map((p) => (
            <li key={p.instrumentId}>
              {p.licence === null
                ? t('textPack.item', {
                    instrument: instrumentShortName(p.instrumentId),
                    version: p.version,
                    language: p.language,
                  })
                : t('textPack.itemLicensed', {
                    instrument: instrumentShortName(p.instrumentId),
                    version: p.version,
                    language: p.language,
                    holder: p.licence.holder,
                    reference: p.licence.reference,
                  })}{' '}
              <span className="muted">
                {t('textPack.loadedAt', { date: formatDateTime(p.updatedAt, timeZone) })}
              </span>
              {p.validated === false ? (
                <>
                  {' '}
                  <UnvalidatedMark compact />
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <form className="stack" onSubmit={(e) => void submit(e)} aria-label={t('textPack.formLabel')}>
        <ErrorSummary
          title={t('textPack.notLoaded')}
          revision={revision}
          items={errors.map(([path, message]) => ({
            message: t('textPack.fieldError', { path: path || t('textPack.pack'), message }),
          }))}
        />
        {problem === null ? null : <Alert tone="danger">{problem}</Alert>}
        {load.isError && errors.length === 0 ? <Alert tone="danger">{load.error.message}</Alert> : null}
        {load.isSuccess ? (
          <Alert tone="success">
            {t('textPack.loaded', { instrument: instrumentShortName(load.data.instrumentId) })}
          </Alert>
        ) : null}
        <div className="field">
          <label htmlFor={fileId}>{t('textPack.file')}</label>
          <input
            // A new element after each load, so the chosen file's name does not linger beside a disabled button.
            key={load.data?.updatedAt ?? 'none'}
            id={fileId}
            type="file"
            accept="application/json,.json"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </div>
        <CheckboxField label={t('textPack.affirm')} checked={affirmed} onChange={setAffirmed} />
        <div className="form-actions">
          <Button type="submit" variant="primary" busy={load.isPending} disabled={file === null || !affirmed}>
            {t('textPack.load')}
          </Button>
        </div>
      </form>
    </div>
  );
}
