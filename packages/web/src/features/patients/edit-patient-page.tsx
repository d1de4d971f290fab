import { ErrorCode, PatientSchema, type Patient } from '@sotchart/contract';
import { i18n } from '../../i18n/translation';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from '../../i18n/translation';
import { useNavigate, useParams } from 'react-router';
import { ApiError, conflictRecord } from '../../api/api-error';
import { fieldErrorsOf } from '../../api/field-errors';
import { patientsApi } from '../../api/patients-api';
import { queryKeys } from '../../api/query-keys';
import { Alert } from '../../ui/alert';
import { Embed, embedMark } from '../../ui/embed';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { coverageSummary } from './coverage-draft';
import {
  bodyOf,
  draftOf,
  patientFields,
  type DemographicKey,
  type FieldSpec,
  type PatientDraft,
} from './patient-draft';
import { PatientConflict } from './patient-conflict';
import { PatientForm } from './patient-form';
import { patientFullName } from './patient-name';

/** What a conflict compares: the demographics, and the insurance as one line. */
const conflictFields = (): FieldSpec<DemographicKey | 'insurance'>[] => [
  ...patientFields(),
  { key: 'insurance', path: 'coverage', label: i18n.t('editPatient.insurance', { ns: 'patients' }) },
];
const comparable = (draft: PatientDraft) => ({ ...draft, insurance: coverageSummary(draft.coverage) });

function EditPatientForm({ patient }: { readonly patient: Patient }) {
  const { t } = useTranslation('patients');
  const [draft, setDraft] = useState<PatientDraft>(() => draftOf(patient));
  const [version, setVersion] = useState(patient.version);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const back = `/patients/${patient.id}`;
  const save = useMutation({
    mutationFn: (atVersion: number) =>
      patientsApi.update(patient.id, { ...bodyOf(draft), version: atVersion }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(queryKeys.patient(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: queryKeys.patients });
      await navigate(back);
    },
  });
  const error = save.error instanceof ApiError ? save.error : null;
  const conflict = conflictRecord(save.error, PatientSchema);
  return (
    <>
      {conflict === undefined ? null : (
        <PatientConflict
          fields={conflictFields()}
          mine={comparable(draft)}
          theirs={comparable(draftOf(conflict))}
          onKeepMine={() => {
            setVersion(conflict.version);
            save.mutate(conflict.version);
          }}
          onUseTheirs={() => {
            setDraft(draftOf(conflict));
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
      <PatientForm
        draft={draft}
        onChange={setDraft}
        onSubmit={() => save.mutate(version)}
        errors={fieldErrorsOf(save.error)}
        attempt={save.submittedAt}
        busy={save.isPending}
        submitLabel={t('editPatient.submit')}
        onCancel={() => void navigate(back)}
      />
    </>
  );
}

/** Edits a patient's demographics; a stale save shows both versions side by side. */
export function EditPatientPage() {
  const { t } = useTranslation('patients');
  const { id = '' } = useParams();
  const patient = useQuery({ queryKey: queryKeys.patient(id), queryFn: () => patientsApi.get(id) });
  const name = patient.data === undefined ? null : patientFullName(patient.data);
  return (
    <div className="stack">
      {name === null ? (
        <PageTitle title={t('editPatient.title')} />
      ) : (
        <PageTitle title={t('editPatient.titleOf', { name })}>
          <Embed text={t('editPatient.titleOf', { name: embedMark })}>
            <span translate="no">{name}</span>
          </Embed>
        </PageTitle>
      )}
      {patient.isPending ? <Loading /> : null}
      {patient.isError ? <Alert tone="danger">{patient.error.message}</Alert> : null}
      {patient.data === undefined ? null : <EditPatientForm patient={patient.data} />}
    </div>
  );
}
