import type { Patient } from '@sotchart/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { patientsApi } from '../../api/patients-api';
import { queryKeys } from '../../api/query-keys';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { patientFullName } from './patient-name';

/** Archives a patient after a confirmation: they leave the default search; their record stays. */
export function ArchivePatientButton({ patient }: { readonly patient: Patient }) {
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
        Archive
      </Button>
      <Dialog open={open} title={`Archive ${patientFullName(patient)}?`} onClose={() => setOpen(false)}>
        <p>
          Archived patients no longer appear in the patient search unless “Include archived” is ticked. Their
          record, visits and audit trail are kept.
        </p>
        {archive.isError ? <Alert tone="danger">{archive.error.message}</Alert> : null}
        <div className="form-actions">
          <Button variant="danger" busy={archive.isPending} onClick={() => archive.mutate()}>
            Archive patient
          </Button>
          <Button onClick={() => setOpen(false)}>Keep active</Button>
        </div>
      </Dialog>
    </>
  );
}
