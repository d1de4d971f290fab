import { useQuery } from '@tanstack/react-query';
import { appointmentsApi } from '../../api/appointments-api';
import { queryKeys } from '../../api/query-keys';

/** The clinic's zone, appointment types, rooms and practitioners' hours, as the book draws them. */
export function useScheduleSettings() {
  return useQuery({ queryKey: queryKeys.scheduleSettings, queryFn: appointmentsApi.settings });
}

/** A patient's episodes with their care plans (no clinical content), once a patient is picked. */
export function useBookingEpisodes(patientId: string | null) {
  return useQuery({
    queryKey: queryKeys.bookingEpisodes(patientId ?? ''),
    queryFn: () => appointmentsApi.bookingEpisodes(patientId ?? ''),
    enabled: patientId !== null,
  });
}
