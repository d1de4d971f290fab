import { ErrorCode, MedicalHistorySchema, type MedicalHistory } from '@sotchart/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/translation';
import { useNavigate, useParams } from 'react-router';
import { ApiError, conflictRecord } from '../../api/api-error';
import { errorFor, fieldErrorsOf } from '../../api/field-errors';
import { patientsApi } from '../../api/patients-api';
import { queryKeys } from '../../api/query-keys';
import { Alert } from '../../ui/alert';
import { Embed, embedMark } from '../../ui/embed';
import { Button } from '../../ui/button';
import { ErrorSummary } from '../../ui/error-summary';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { summaryItems } from '../../ui/summary-items';
import { TextAreaField } from '../../ui/text-area-field';
import {
  historyBodyOf,
  historyDraftOf,
  historyFields,
  type MedicalHistoryDraft,
} from './medical-history-draft';
import { PatientConflict } from './patient-conflict';
import { patientFullName } from './patient-name';

const idOf = (key: keyof MedicalHistoryDraft): string => `history-${key}`;

function EditHistoryForm({
  patientId,
  stored,
}: {
  readonly patientId: string;
  readonly stored: MedicalHistory;
}) {
  const { t } = useTranslation(['patients', 'common']);
  const [draft, setDraft] = useState<MedicalHistoryDraft>(() => historyDraftOf(stored));
  const fields = historyFields();
  const [version, setVersion] = useState(stored.version);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const back = `/patients/${patientId}`;
  const save = useMutation({
    mutationFn: (atVersion: number) => patientsApi.updateHistory(patientId, historyBodyOf(draft, atVersion)),
    onSuccess: async (saved) => {
      queryClient.setQueryData(queryKeys.history(patientId), saved);
      // The patient's version moved with the history.
      await queryClient.invalidateQueries({ queryKey: queryKeys.patient(patientId) });
      await navigate(back);
    },
  });
  const error = save.error instanceof ApiError ? save.error : null;
  const conflict = conflictRecord(save.error, MedicalHistorySchema);
  const errors = fieldErrorsOf(save.error);
  const field = (key: keyof MedicalHistoryDraft) => {
    const spec = fields.find((f) => f.key === key);
    return {
      id: idOf(key),
      label: spec?.label ?? key,
      value: draft[key],
      onChange: (value: string) => setDraft({ ...draft, [key]: value }),
      error: errorFor(errors, spec?.path ?? key),
    };
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(version);
  };
  const items = summaryItems(
    errors,
    fields.map((f) => ({ path: f.path, label: f.label, id: idOf(f.key) })),
  );
  return (
    <>
      {conflict === undefined ? null : (
        <PatientConflict
          fields={fields}
          mine={draft}
          theirs={historyDraftOf(conflict)}
          onKeepMine={() => {
            setVersion(conflict.version);
            save.mutate(conflict.version);
          }}
          onUseTheirs={() => {
            setDraft(historyDraftOf(conflict));
            setVersion(conflict.version);
            save.reset();
          }}
        />
      )}
      {error !== null &&
      error.code !== ErrorCode.VALIDATION_FAILED &&
      error.code !== ErrorCode.VERSION_CONFLICT ? (
        <Alert tone="danger">{error.message}</Alert>
      ) : null}
      <form className="stack" onSubmit={submit} noValidate>
        <ErrorSummary title={t('history.notSaved')} items={items} revision={save.submittedAt} />
        <fieldset className="form-grid">
          <legend>{t('history.legend')}</legend>
          <TextAreaField {...field('conditions')} rows={3} hint={t('history.onePerLine')} />
          <TextAreaField {...field('surgeries')} rows={3} hint={t('history.onePerLine')} />
          <TextAreaField {...field('medications')} rows={3} hint={t('history.onePerLine')} />
          <TextAreaField {...field('allergies')} rows={3} hint={t('history.onePerLine')} />
        </fieldset>
        <TextAreaField {...field('notes')} rows={4} />
        <div className="form-actions">
          <Button type="submit" variant="primary" busy={save.isPending}>
            {t('history.submit')}
          </Button>
          <Button onClick={() => void navigate(back)}>{t('cancel', { ns: 'common' })}</Button>
        </div>
      </form>
    </>
  );
}

/** Edits a patient's medical history and notes (clinical roles); a stale save shows both versions. */
export function EditHistoryPage() {
  const { t } = useTranslation('patients');
  const { id = '' } = useParams();
  const patient = useQuery({ queryKey: queryKeys.patient(id), queryFn: () => patientsApi.get(id) });
  const name = patient.data === undefined ? null : patientFullName(patient.data);
  const history = useQuery({ queryKey: queryKeys.history(id), queryFn: () => patientsApi.history(id) });
  const failed = patient.error ?? history.error;
  return (
    <div className="stack">
      {name === null ? (
        <PageTitle title={t('history.title')} />
      ) : (
        <PageTitle title={t('history.titleOf', { name })}>
          <Embed text={t('history.titleOf', { name: embedMark })}>
            <span translate="no">{name}</span>
          </Embed>
        </PageTitle>
      )}
      {patient.isPending || history.isPending ? <Loading /> : null}
      {failed === null ? null : <Alert tone="danger">{failed.message}</Alert>}
      {history.data === undefined ? null : <EditHistoryForm patientId={id} stored={history.data} />}
    </div>
  );
}
