import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { queryKeys } from '../../api/query-keys';
import { visitsApi } from '../../api/visits-api';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';

export interface NewVisitButtonProps {
  readonly patientId: string;
  readonly episodeId: string | null;
  /** A patient's first visit is a new-patient visit; later ones are follow-ups. */
  readonly firstVisit: boolean;
}

/** Opens a draft visit now and goes to its charting screen. */
export function NewVisitButton({ patientId, episodeId, firstVisit }: NewVisitButtonProps) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: () =>
      visitsApi.createVisit(patientId, {
        visitAt: new Date().toISOString(),
        type: firstVisit ? 'new_patient' : 'follow_up',
        episodeId,
        chiefComplaint: '',
      }),
    onSuccess: async (visit) => {
      queryClient.setQueryData(queryKeys.visit(visit.id), visit);
      await queryClient.invalidateQueries({ queryKey: queryKeys.timeline(patientId) });
      await navigate(`/patients/${patientId}/visits/${visit.id}`);
    },
  });
  return (
    <>
      <Button variant="primary" busy={create.isPending} onClick={() => create.mutate()}>
        New visit
      </Button>
      {create.isError ? <Alert tone="danger">{create.error.message}</Alert> : null}
    </>
  );
}
