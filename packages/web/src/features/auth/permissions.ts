import type { Role } from '../../api/account-types';

/**
 * What each role may see or do, mirroring the server's permission table (issue 6): the server
 * enforces it; the web app only hides what a role would be refused anyway.
 */
const grants = {
  demographicsWrite: ['owner', 'practitioner', 'assistant'],
  clinicalRead: ['owner', 'practitioner', 'auditor'],
  clinicalWrite: ['owner', 'practitioner'],
  clinicAdmin: ['owner'],
  auditRead: ['owner', 'auditor'],
} as const satisfies Record<string, readonly Role[]>;

export type Capability = keyof typeof grants;

export function can(role: Role, capability: Capability): boolean {
  return (grants[capability] as readonly Role[]).includes(role);
}

/** How a role is named on screen. */
export const roleLabels: Readonly<Record<Role, string>> = {
  owner: 'Owner',
  practitioner: 'Practitioner',
  assistant: 'Assistant',
  auditor: 'Auditor',
};
