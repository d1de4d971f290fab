import type { Generated } from 'kysely';

/**
 * Row types of every table, as stored. Times are UTC ISO-8601 text, booleans are 0/1 integers and
 * structured values are JSON text, so one schema serves SQLite and PostgreSQL alike.
 * Only repositories see these shapes; they convert rows to domain values.
 */
export interface ClinicTable {
  id: string;
  name: string;
  time_zone: string;
  address: string;
  /** Printed on the patient handout (0048). */
  phone: string | null;
  /** The clinical record's language (0052). */
  language: Generated<string>;
  is_demo: number;
  /** ISO 3166-1 alpha-2; anything but 'US' switches the US billing features off (0042). */
  country: Generated<string>;
  tax_id: string | null;
  tax_id_type: Generated<string>;
  billing_npi: string | null;
  place_of_service: Generated<string>;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface PatientTable {
  id: string;
  clinic_id: string;
  chart_number: string;
  given_name: string;
  family_name: string;
  /** Lower-cased "family given" for prefix search and sorting by name. */
  search_name: string;
  date_of_birth: string;
  sex: string;
  phone: string | null;
  email: string | null;
  address: string | null;
  occupation: string | null;
  history: string;
  notes: string;
  archived: number;
  created_at: string;
  updated_at: string;
  updated_by: string | null;
  version: number;
  /** Where an imported patient came from: the source's `meta.source` ('' when none) and its id (0044). */
  source_system: Generated<string | null>;
  source_id: Generated<string | null>;
  /** 'year', 'month' or 'day': a partial birth date is stored as its first day (0044). */
  birth_date_precision: Generated<string>;
  /** JSON list of the given names, when imported with several (given_name holds them joined). */
  given_names: Generated<string | null>;
  deceased: Generated<number>;
  /** A FHIR date or dateTime, when the source gave one. */
  deceased_at: Generated<string | null>;
  /** What the patient reads in; null for the clinic's language (0052). */
  language: Generated<string | null>;
  /** The name's phonetic reading, e.g. kana (0052). */
  name_reading: Generated<string | null>;
}

/** One row per key a patient is found by (see patient-search-keys.ts); kept with the patient row. */
export interface PatientSearchKeyTable {
  clinic_id: string;
  search_key: string;
  patient_id: string;
}

/** One row per typo key of a patient (see patient-typo-keys.ts); kept with the patient row. */
export interface PatientTypoKeyTable {
  clinic_id: string;
  typo_key: string;
  patient_id: string;
}

export interface ConsentTable {
  id: string;
  clinic_id: string;
  patient_id: string;
  type: string;
  date: string;
  signed_by: string;
  note: string;
  created_at: string;
  created_by: string | null;
}

export interface ImagingStudyTable {
  id: string;
  clinic_id: string;
  patient_id: string;
  date: string;
  type: string;
  region: string;
  summary: string;
  /** 1 when the study shows a subluxation (the X-ray route of the PART rule). */
  shows_subluxation: Generated<number>;
  /** JSON array of the CPT spinal regions it shows it in. */
  subluxation_regions: Generated<string>;
  created_at: string;
  created_by: string | null;
}

export interface EpisodeTable {
  id: string;
  clinic_id: string;
  patient_id: string;
  start_date: string;
  end_date: string | null;
  complaint: string;
  onset: string;
  phase: string;
  abn_date: string | null;
  plan: string;
  diagnoses: string;
  created_at: string;
  updated_at: string;
  updated_by: string | null;
  version: number;
}

export interface VisitTable {
  id: string;
  clinic_id: string;
  patient_id: string;
  episode_id: string | null;
  practitioner_id: string;
  visit_at: string;
  type: string;
  status: string;
  chief_complaint: string;
  pain: number | null;
  engine_version: string;
  pack_ref: string;
  category: string;
  analysis: string;
  plan: string | null;
  verification: string;
  /** The timeline's view of analysis and verification (visit-summary.ts), JSON. */
  summary: string;
  /** The rest of the engine's result (JSON): CMRT targets, heel-lift and coding suggestions. */
  cmrt: string;
  heel_lift: string | null;
  coding: string | null;
  treated_category: string | null;
  treated_reason: string | null;
  overrides: string;
  record: string;
  signed_at: string | null;
  signed_by: string | null;
  /** The note's language, fixed at signing (0052). */
  note_language: Generated<string | null>;
  created_at: string;
  updated_at: string;
  updated_by: string | null;
  version: number;
}

export interface BackfillRunTable {
  name: string;
  ran_at: string;
  result: string;
}

export interface FindingTable {
  id: string;
  clinic_id: string;
  visit_id: string;
  patient_id: string;
  position: number;
  phase: string;
  indicator: string;
  /**
   * The engine's siteSideKey: the site, and the side for a per-side indicator; unique per visit,
   * phase and indicator (one finding per site, and per side where the side is graded on its own).
   */
  site_key: string;
  site: string | null;
  side: string | null;
  positive: number | null;
  grade: number | null;
  degrees: number | null;
  mm: number | null;
  symptom_reproduced: number | null;
  carried_forward: number | null;
  note: string | null;
}

export interface AddendumTable {
  id: string;
  clinic_id: string;
  visit_id: string;
  seq: number;
  author_id: string;
  text: string;
  signed_at: string;
}

/** A signed visit document frozen at signing: the note (seq 0) or an addendum (its seq). */
export interface SignedDocumentTable {
  id: string;
  clinic_id: string;
  visit_id: string;
  patient_id: string;
  kind: string;
  seq: number;
  pdf: Buffer;
  sha256: string;
  /** JSON: what the PDF shows, as it was when frozen. */
  snapshot: string;
  frozen_at_upgrade: number;
  created_at: string;
}

export interface ProtocolOverrideTable {
  clinic_id: string;
  revision: number;
  override: string;
  created_at: string;
  created_by: string | null;
}

export interface AppUserTable {
  id: string;
  clinic_id: string;
  email: string;
  display_name: string;
  role: string;
  password_hash: string;
  must_change_password: number;
  active: number;
  name_as_signed: string;
  degree: string;
  licence_number: string;
  licence_state: string;
  npi: string | null;
  /** The app's language for the user; null follows the device (0052). */
  language: Generated<string | null>;
  created_at: string;
  updated_at: string;
  version: number;
}

/** The clinic's own wording of one message of the app's catalogues, in one language (0052). */
export interface ClinicMessageTable {
  clinic_id: string;
  language: string;
  namespace: string;
  message_key: string;
  text: string;
  /** 'draft' while being worded, 'clinician-reviewed' once approved; only approved wording is shown. */
  status: string;
  updated_by: string;
  updated_at: string;
  version: Generated<number>;
}

export interface SessionTable {
  id: string;
  token_hash: string;
  user_id: string;
  clinic_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ip: string;
}

export interface AuditLogTable {
  chain_id: string;
  seq: number;
  at: string;
  clinic_id: string | null;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_ids: string;
  patient_id: string | null;
  request_id: string;
  ip: string;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadTable {
  chain_id: string;
  row_count: number;
  last_hash: string;
  updated_at: string;
}

/** An audit row committed with its change and not yet chained (see the audit committer). */
export interface PendingAuditTable {
  id: string;
  chain_id: string;
  at: string;
  clinic_id: string | null;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_ids: string;
  patient_id: string | null;
  request_id: string;
  ip: string;
}

export interface LoginThrottleTable {
  key: string;
  failures: number;
  next_allowed_at: string;
  last_attempt_at: string;
}

export interface QuestionnaireResponseTable {
  id: string;
  clinic_id: string;
  patient_id: string;
  episode_id: string | null;
  instrument_id: string;
  instrument_version: string;
  administered_at: string;
  source: string;
  kiosk_link_id: string | null;
  entered_by: string | null;
  status: string;
  value: number | null;
  band: string | null;
  score: string;
  engine_version: string;
  created_at: string;
  /** JSON: the wording it was answered in, `null` for the shipped English; SQL NULL when not kept. */
  wording: string | null;
}

export interface QuestionnaireAnswerTable {
  response_id: string;
  clinic_id: string;
  position: number;
  item_id: string;
  label: string | null;
  value: number | null;
}

export interface KioskLinkTable {
  id: string;
  clinic_id: string;
  patient_id: string;
  token_hash: string;
  kind: string;
  instrument_id: string | null;
  consent_type: string | null;
  created_by: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  /** A questionnaire link's instruments in order, as a JSON array; null on links made before 0047. */
  instrument_ids: string | null;
  /** How many of them the patient has sent. */
  answered: Generated<number>;
  /** A check-in link's appointment (0051); null for other kinds. */
  appointment_id: string | null;
  /** A check-in link's consents to sign in order, as a JSON array; null for other kinds. */
  consent_types: string | null;
  /** How many of them the patient has signed. */
  consents_signed: Generated<number>;
  /** When the patient confirmed arrival on a check-in link. */
  checked_in_at: string | null;
}

export interface KioskSubmissionTable {
  id: string;
  clinic_id: string;
  patient_id: string;
  link_id: string;
  kind: string;
  payload: string;
  submitted_at: string;
  reviewed_at: string | null;
  reviewed_by: string | null;
  consent_id: string | null;
  applied_to_history: number;
}

export interface OutcomeSettingsTable {
  clinic_id: string;
  mode: string;
  interval_days: number;
  instruments: string;
  nprs_bands: string;
  updated_at: string;
  updated_by: string | null;
  version: number;
}

export interface OutcomeTextPackTable {
  clinic_id: string;
  instrument_id: string;
  language: string;
  version: string;
  pack: string;
  updated_at: string;
  updated_by: string | null;
}

export interface PatientIdentifierTable {
  clinic_id: string;
  system: string;
  value: string;
  patient_id: string;
  created_at: string;
  /** The v2-0203 code of `Identifier.type` (MR, SS, DL, …), or its text; null when untyped (0044). */
  type: Generated<string | null>;
}

/** One imported history resource as a coded entry, the resource kept whole for the export (0044). */
export interface PatientHistoryEntryTable {
  id: string;
  clinic_id: string;
  patient_id: string;
  resource_type: string;
  source_system: string;
  source_id: string;
  code_system: string | null;
  code: string | null;
  display: string | null;
  status: string | null;
  start_date: string | null;
  end_date: string | null;
  value: string | null;
  /** The resource as imported (JSON), its references to other resources of the source removed. */
  resource: string;
  created_at: string;
}

/** A patient's insurance coverage, one row per rank (primary, secondary). */
export interface PatientCoverageTable {
  clinic_id: string;
  patient_id: string;
  rank: string;
  insurance_type: string;
  payer_name: string;
  payer_id: string | null;
  insured_id: string;
  insured_name: string;
  relationship: string;
  group_number: string | null;
  insured_date_of_birth: string | null;
  insured_sex: string | null;
  insured_address: string | null;
}

export interface FeeScheduleTable {
  clinic_id: string;
  currency: string;
  entries: string;
  updated_at: string;
  updated_by: string | null;
  version: Generated<number>;
}

/** A clinic's own ICD-10-CM codes, added to the chiropractic list the coding checks know. */
export interface ClinicDiagnosisCodesTable {
  clinic_id: string;
  codes: string;
  updated_at: string;
  updated_by: string | null;
  version: Generated<number>;
}

/** A system an owner registered for SMART Backend Services, with its public JWKS (JSON text). */
export interface BackendClientTable {
  id: string;
  clinic_id: string;
  name: string;
  jwks: string;
  scopes: string;
  created_by: string;
  created_at: string;
  revoked_at: string | null;
}

/** An assertion id a client used, kept until the assertion expires so it is never accepted twice. */
export interface BackendAssertionTable {
  client_id: string;
  jti: string;
  expires_at: string;
}

/** An access token issued to a backend client: only its SHA-256 is stored. */
export interface BackendTokenTable {
  token_hash: string;
  client_id: string;
  clinic_id: string;
  scopes: string;
  expires_at: string;
}

/** A FHIR Bulk Data export job; its NDJSON files live in the server's data folder. */
export interface BulkExportJobTable {
  id: string;
  clinic_id: string;
  actor_id: string;
  status: string;
  request_url: string;
  types: string;
  since: string | null;
  transaction_time: string;
  patients_done: Generated<number>;
  patients_total: Generated<number>;
  output: string;
  /** When the job last wrote progress: a job silent for long was interrupted (a server stopped). */
  updated_at: string;
  completed_at: string | null;
  expires_at: string | null;
}

export interface AppointmentTypeTable {
  id: string;
  clinic_id: string;
  name: string;
  kind: string;
  minutes: number;
  allow_double_booking: number;
  active: number;
  version: number;
}

export interface RoomTable {
  id: string;
  clinic_id: string;
  name: string;
  active: number;
  version: number;
}

export interface WorkingHoursTable {
  clinic_id: string;
  practitioner_id: string;
  days: string;
  version: number;
}

export interface AppointmentSeriesTable {
  id: string;
  clinic_id: string;
  patient_id: string;
  episode_id: string | null;
  rule: string;
  created_at: string;
  created_by: string;
}

export interface AppointmentTable {
  id: string;
  clinic_id: string;
  patient_id: string;
  practitioner_id: string;
  room_id: string | null;
  type_id: string;
  episode_id: string | null;
  series_id: string | null;
  visit_id: string | null;
  /** Whole minutes since the Unix epoch (UTC). */
  start_minute: number;
  end_minute: number;
  /** 1 while it holds its slot: not cancelled or a no-show, of a type that does not allow double booking. */
  takes_slot: number;
  status: string;
  cancel_reason: string | null;
  note: string;
  arrived_at: string | null;
  created_at: string;
  updated_at: string;
  updated_by: string | null;
  version: number;
}

export interface CalendarFeedTable {
  id: string;
  clinic_id: string;
  user_id: string;
  token_hash: string;
  created_at: string;
  revoked_at: string | null;
}

export interface Database {
  clinic: ClinicTable;
  app_user: AppUserTable;
  clinic_message: ClinicMessageTable;
  session: SessionTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
  pending_audit: PendingAuditTable;
  login_throttle: LoginThrottleTable;
  patient: PatientTable;
  patient_search_key: PatientSearchKeyTable;
  patient_typo_key: PatientTypoKeyTable;
  patient_coverage: PatientCoverageTable;
  consent: ConsentTable;
  imaging_study: ImagingStudyTable;
  episode: EpisodeTable;
  visit: VisitTable;
  backfill_run: BackfillRunTable;
  finding: FindingTable;
  addendum: AddendumTable;
  signed_document: SignedDocumentTable;
  protocol_override: ProtocolOverrideTable;
  questionnaire_response: QuestionnaireResponseTable;
  questionnaire_answer: QuestionnaireAnswerTable;
  kiosk_link: KioskLinkTable;
  kiosk_submission: KioskSubmissionTable;
  outcome_settings: OutcomeSettingsTable;
  outcome_text_pack: OutcomeTextPackTable;
  patient_identifier: PatientIdentifierTable;
  patient_history_entry: PatientHistoryEntryTable;
  fee_schedule: FeeScheduleTable;
  clinic_diagnosis_codes: ClinicDiagnosisCodesTable;
  backend_client: BackendClientTable;
  backend_assertion: BackendAssertionTable;
  backend_token: BackendTokenTable;
  bulk_export_job: BulkExportJobTable;
  appointment_type: AppointmentTypeTable;
  room: RoomTable;
  working_hours: WorkingHoursTable;
  appointment_series: AppointmentSeriesTable;
  appointment: AppointmentTable;
  calendar_feed: CalendarFeedTable;
}
