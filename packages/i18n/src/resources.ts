// The shape of every catalogue, from the English source: i18next checks each t() key against it.
import type common from '../catalogs/en/common.json';
import type errors from '../catalogs/en/errors.json';
import type auth from '../catalogs/en/auth.json';
import type patients from '../catalogs/en/patients.json';
import type account from '../catalogs/en/account.json';
import type offline from '../catalogs/en/offline.json';
import type dayList from '../catalogs/en/dayList.json';
import type schedule from '../catalogs/en/schedule.json';
import type kiosk from '../catalogs/en/kiosk.json';
import type consents from '../catalogs/en/consents.json';
import type outcomes from '../catalogs/en/outcomes.json';
import type documents from '../catalogs/en/documents.json';
import type episodes from '../catalogs/en/episodes.json';
import type drafts from '../catalogs/en/drafts.json';
import type admin from '../catalogs/en/admin.json';
import type audit from '../catalogs/en/audit.json';
import type exports from '../catalogs/en/exports.json';
import type protocol from '../catalogs/en/protocol.json';
import type timeline from '../catalogs/en/timeline.json';
import type blocking from '../catalogs/en/blocking.json';
import type charting from '../catalogs/en/charting.json';
import type chartingNote from '../catalogs/en/chartingNote.json';
import type protocolContent from '../catalogs/en/protocolContent.json';
import type reports from '../catalogs/en/reports.json';
import type handout from '../catalogs/en/handout.json';
import type wording from '../catalogs/en/wording.json';
import type narrative from '../catalogs/en/narrative.json';

/** Every namespace's English messages: the type of the resources i18next is declared with. */
export interface Resources {
  common: typeof common;
  errors: typeof errors;
  auth: typeof auth;
  patients: typeof patients;
  account: typeof account;
  offline: typeof offline;
  dayList: typeof dayList;
  schedule: typeof schedule;
  kiosk: typeof kiosk;
  consents: typeof consents;
  outcomes: typeof outcomes;
  documents: typeof documents;
  episodes: typeof episodes;
  drafts: typeof drafts;
  admin: typeof admin;
  audit: typeof audit;
  exports: typeof exports;
  protocol: typeof protocol;
  timeline: typeof timeline;
  blocking: typeof blocking;
  charting: typeof charting;
  chartingNote: typeof chartingNote;
  protocolContent: typeof protocolContent;
  reports: typeof reports;
  handout: typeof handout;
  wording: typeof wording;
  narrative: typeof narrative;
}
