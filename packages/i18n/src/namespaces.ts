/**
 * The message catalogues, one per area of the app, the documents and the server, so a screen loads
 * only the catalogues it uses. A catalogue is `catalogs/<language>/<namespace>.json`; a translated one
 * has `<namespace>.status.json` beside it with each message's review status.
 */
export const namespaces = [
  'common',
  'errors',
  'auth',
  'patients',
  'account',
  'offline',
  'dayList',
  'schedule',
  'kiosk',
  'consents',
  'outcomes',
  'documents',
  'episodes',
  'drafts',
  'admin',
  'audit',
  'exports',
  'fhirImport',
  'protocol',
  'timeline',
  'blocking',
  'charting',
  'chartingNote',
  'coding',
  'protocolContent',
  'reports',
  'handout',
  'wording',
  'narrative',
] as const;

export type Namespace = (typeof namespaces)[number];
