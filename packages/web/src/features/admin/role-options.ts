import { roles } from '@sotchart/contract';
import { roleLabel } from '../auth/role-labels';

/** The roles as select options, in the app's language (call at render time). */
export function roleOptions(): { readonly value: (typeof roles)[number]; readonly label: string }[] {
  return roles.map((value) => ({ value, label: roleLabel(value) }));
}
