import type { Role } from '@sotchart/contract';

/** How a role is named on screen. */
export const roleLabels: Readonly<Record<Role, string>> = {
  owner: 'Owner',
  practitioner: 'Practitioner',
  assistant: 'Assistant',
  auditor: 'Auditor',
};
