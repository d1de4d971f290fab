import { z } from 'zod';

/** The four roles of a clinic's users (issue: accounts and roles). */
export const roles = ['owner', 'practitioner', 'assistant', 'auditor'] as const;
export type Role = (typeof roles)[number];
export const RoleSchema = z.enum(roles);

/**
 * What a route may require, and which roles have it: the server enforces this table on every route
 * (each declares exactly one permission); the web app reads the same table to hide what a role would
 * be refused anyway. `public` routes need no session and `signedIn` routes need only a session (e.g.
 * sign-out, own profile).
 */
export const permissionGrants = {
  public: [],
  signedIn: ['owner', 'practitioner', 'assistant', 'auditor'],
  /**
   * The front desk's: demographics, consents, the timeline's dates and types, and handing out
   * questionnaires (what is due, when each was last done, tablet links, signed consents from the
   * tablet); never a score, an answer, the history or notes (docs/security.md has the whole matrix).
   */
  demographicsRead: ['owner', 'practitioner', 'assistant', 'auditor'],
  demographicsWrite: ['owner', 'practitioner', 'assistant'],
  /**
   * The clinical record: the medical history and notes, questionnaire answers and scores, an intake
   * from the tablet, visits, findings, analyses, episodes, imaging, documents, one patient's export.
   */
  clinicalRead: ['owner', 'practitioner', 'auditor'],
  clinicalWrite: ['owner', 'practitioner'],
  /** Users, clinic settings, the protocol pack, the whole clinic's exports (FHIR, CSV, research). */
  clinicAdmin: ['owner'],
  auditRead: ['owner', 'auditor'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissionGrants;

export function isGranted(role: Role, permission: Permission): boolean {
  return (permissionGrants[permission] as readonly Role[]).includes(role);
}
