import { roles } from '@sotchart/contract';
import { roleLabels } from '../auth/role-labels';

/** The roles as select options, with what each may do. */
export const roleOptions = roles.map((value) => ({ value, label: roleLabels[value] }));

export const roleHint =
  'Owner: everything, including users and settings. Practitioner: charts and signs. ' +
  'Assistant: demographics, consents and visit dates only. Auditor: reads records and the audit log.';
