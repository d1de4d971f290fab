import type { Patient } from '@sotchart/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from '../../i18n/translation';
import { patientsApi } from '../../api/patients-api';
import { queryKeys } from '../../api/query-keys';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { Embed, embedMark } from '../../ui/embed';
import { patientFullName } from './patient-name';

/** Archives a patient after a confirmation: they leave the default search; their record stays. */
export function ArchivePatientButton({ patient }: { readonly patient: Patient }) {
  const { t } = useTranslation('patients');
  const [open, setOpen] = useState(false);
  const queryClient = useQueryClient();
  const archive = useMutation({
    mutationFn: () => patientsApi.archive(patient.id, patient.version),
    onSuccess: async (saved) => {
      queryClient.setQueryData(queryKeys.patient(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: queryKeys.patients });
      setOpen(false);
    },
  });
  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)}>
        {t('archive.button')}
      </Button>
      <Dialog
        open={open}
        title={
          <Embed text={t('archive.title', { name: embedMark })}>
            <span translate="no">{patientFullName(patient)}</span>
          </Embed>
        }
        onClose={() => setOpen(false)}
      >
        <p>{t('archive.body')}</p>
        {archive.isError ? <Alert tone="danger">{archive.error.message}</Alert> : null}
        <div className="form-actions">
          <Button variant="danger" busy={archive.isPending} onClick={() => archive.mutate()}>
            {t('archive.confirm')}
          </Button>
          <Button onClick={() => setOpen(false)}>{t('archive.keep')}</Button>
        </div>
      </Dialog>
    </>
  );
}
