/** The four roles of a clinic's users (issue: accounts and roles). */
export const roles = ['owner', 'practitioner', 'assistant', 'auditor'] as const;
export type Role = (typeof roles)[number];

/**
 * What a route may require. Every route declares exactly one; `public` routes need no session and
 * `signedIn` routes need only a session (e.g. sign-out, own profile).
 */
export const permissionGrants = {
  public: [],
  signedIn: ['owner', 'practitioner', 'assistant', 'auditor'],
  /** Demographics, consents, questionnaires, the timeline's dates and types. */
  demographicsRead: ['owner', 'practitioner', 'assistant', 'auditor'],
  demographicsWrite: ['owner', 'practitioner', 'assistant'],
  /** Visits, findings, analyses, episodes' clinical content, reports. */
  clinicalRead: ['owner', 'practitioner', 'auditor'],
  clinicalWrite: ['owner', 'practitioner'],
  /** Users, clinic settings, the protocol pack, research export. */
  clinicAdmin: ['owner'],
  auditRead: ['owner', 'auditor'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissionGrants;

export function isGranted(role: Role, permission: Permission): boolean {
  return (permissionGrants[permission] as readonly Role[]).includes(role);
}
