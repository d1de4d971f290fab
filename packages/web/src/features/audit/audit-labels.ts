import type { AuditActionName, AuditEntry } from '@sotchart/contract';

export const actionLabels: Readonly<Record<AuditActionName, string>> = {
  read: 'Read',
  create: 'Created',
  update: 'Changed',
  sign: 'Signed',
  archive: 'Archived',
  export: 'Exported',
  login: 'Signed in',
  login_failed: 'Sign-in failed',
  logout: 'Signed out',
  refused: 'Refused',
};

export const actionLabel = (action: string): string =>
  (actionLabels as Readonly<Record<string, string>>)[action] ?? action;

/** Who acted, as the log says it: the user's name, "Patient (kiosk)" at the tablet, or "System". */
export function whoLabel(entry: Pick<AuditEntry, 'by' | 'actor'>): string {
  switch (entry.by) {
    case 'user':
      return entry.actor?.displayName ?? 'Unknown';
    case 'kiosk':
      return 'Patient (kiosk)';
    case 'system':
      return 'System';
    default: {
      const unreachable: never = entry.by;
      return unreachable;
    }
  }
}
