import { isGranted, type Permission } from '@sotchart/contract';
import { useSession } from './session-context';

/**
 * Whether the signed-in user's role has a permission of the contract's table. The server enforces
 * the table; the web app only hides what a role would be refused anyway.
 */
export function useCan(permission: Permission): boolean {
  return isGranted(useSession().user.role, permission);
}
