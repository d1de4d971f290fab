import { ErrorCode } from '@sotchart/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from '../../i18n/translation';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/api-error';
import { fieldErrorsOf } from '../../api/field-errors';
import { patientsApi } from '../../api/patients-api';
import { queryKeys } from '../../api/query-keys';
import { Alert } from '../../ui/alert';
import { PageTitle } from '../../ui/page-title';
import { bodyOf, emptyPatientDraft, type PatientDraft } from './patient-draft';
import { PatientForm } from './patient-form';

/** Registers a new patient and opens their page. */
export function NewPatientPage() {
  const { t } = useTranslation('patients');
  const [draft, setDraft] = useState<PatientDraft>(emptyPatientDraft);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: () => patientsApi.create(bodyOf(draft)),
    onSuccess: async (patient) => {
      queryClient.setQueryData(queryKeys.patient(patient.id), patient);
      await queryClient.invalidateQueries({ queryKey: queryKeys.patients });
      await navigate(`/patients/${patient.id}`);
    },
  });
  const otherError =
    create.error instanceof ApiError && create.error.code !== ErrorCode.VALIDATION_FAILED
      ? create.error
      : null;
  return (
    <div className="stack">
      <PageTitle title={t('newPatient.title')} />
      {otherError === null ? null : <Alert tone="danger">{otherError.message}</Alert>}
      <PatientForm
        draft={draft}
        onChange={setDraft}
        onSubmit={() => create.mutate()}
        errors={fieldErrorsOf(create.error)}
        attempt={create.submittedAt}
        busy={create.isPending}
        submitLabel={t('newPatient.submit')}
        onCancel={() => void navigate('/patients')}
      />
    </div>
  );
}
