import type { Role } from '@sotchart/contract';
import { i18n } from '../../i18n/translation';

const roleKeys = {
  owner: 'role.owner',
  practitioner: 'role.practitioner',
  assistant: 'role.assistant',
  auditor: 'role.auditor',
} as const satisfies Record<Role, string>;

/** How a role is named on screen, in the app's language (the `common` catalogue, always loaded). */
export function roleLabel(role: Role): string {
  return i18n.t(roleKeys[role], { ns: 'common' });
}

/** How each role is named on screen; each read gives the name in the app's language at that moment. */
export const roleLabels: Readonly<Record<Role, string>> = {
  get owner() {
    return roleLabel('owner');
  },
  get practitioner() {
    return roleLabel('practitioner');
  },
  get assistant() {
    return roleLabel('assistant');
  },
  get auditor() {
    return roleLabel('auditor');
  },
};
