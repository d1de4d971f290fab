import { useQuery } from '@tanstack/react-query';
import { clinicApi } from '../../api/clinic-api';
import { queryKeys } from '../../api/query-keys';
import { useProtocolText } from '../../i18n/protocol-text';

/**
 * A readable name for an indicator id in the app's language, e.g. `arm_fossa` → "Arm–fossa test",
 * from the clinic's pack (its own indicators as the clinic named them).
 */
export function useIndicatorNames(enabled = true): (id: string) => string {
  const protocol = useQuery({
    queryKey: queryKeys.protocol,
    queryFn: clinicApi.protocol,
    enabled,
    staleTime: 300_000,
  });
  const text = useProtocolText();
  const names = new Map<string, string>();
  for (const spec of protocol.data?.effective.indicators ?? [])
    names.set(spec.id, text('indicator', spec.id, 'name', spec.name));
  return (id) => names.get(id) ?? id.replaceAll('_', ' ');
}
