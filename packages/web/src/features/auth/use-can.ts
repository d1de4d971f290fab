import { can, type Capability } from './permissions';
import { useSession } from './session-context';

/** Whether the signed-in user's role has a capability. */
export function useCan(capability: Capability): boolean {
  return can(useSession().user.role, capability);
}
