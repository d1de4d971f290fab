import { useQuery } from '@tanstack/react-query';
import { clinicApi } from '../../api/clinic-api';
import { queryKeys } from '../../api/query-keys';

/** A readable name for an indicator id, e.g. `arm_fossa` → "Arm-fossa test", from the clinic's pack. */
export function useIndicatorNames(enabled = true): (id: string) => string {
  const protocol = useQuery({
    queryKey: queryKeys.protocol,
    queryFn: clinicApi.protocol,
    enabled,
    staleTime: 300_000,
  });
  const names = new Map<string, string>();
  for (const spec of protocol.data?.effective.indicators ?? []) names.set(spec.id, spec.name);
  return (id) => names.get(id) ?? id.replaceAll('_', ' ');
}
