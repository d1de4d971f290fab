/**
 * The 18 identifier types of HIPAA Safe Harbor (45 CFR 164.514(b)(2)(i)) and where each occurs in SOT
 * Chart's data, with what the research export does about it. The manifest of every export carries it.
 */
export const safeHarborIdentifiers: readonly {
  readonly type: string;
  readonly inSotChart: string;
  readonly handling: string;
}[] = [
  {
    type: '(A) Names',
    inSotChart: 'patient given and family name; practitioner, clinic and consent signer names',
    handling:
      "removed; also scrubbed from the short labels that are kept, with third parties' names after a title (Dr., Mrs.), a relation (husband, daughter) or a phrase (referred by, seen with)",
  },
  {
    type: '(B) Geographic subdivisions smaller than a state',
    inSotChart: 'patient address, clinic address, clinic time zone',
    handling: 'removed (no ZIP digits are kept)',
  },
  {
    type: '(C) Dates (except year) related to an individual; ages over 89',
    inSotChart: 'date of birth, episode and visit dates, signatures, consent, imaging and record times',
    handling:
      'years only; visit timing as whole days since the episode start; a patient 90 or older on any date the export shows is "90+" with no birth year',
  },
  {
    type: '(D) Telephone numbers',
    inSotChart: 'patient phone',
    handling: 'removed; phone-like numbers scrubbed from labels',
  },
  { type: '(E) Fax numbers', inSotChart: 'not stored', handling: 'fax-like numbers scrubbed from labels' },
  {
    type: '(F) Email addresses',
    inSotChart: 'patient and user email',
    handling: 'removed; addresses scrubbed from labels',
  },
  {
    type: '(G) Social security numbers',
    inSotChart: 'not stored',
    handling: 'long digit runs scrubbed from labels',
  },
  {
    type: '(H) Medical record numbers',
    inSotChart: 'chart number; SOT Chart record ids',
    handling: 'removed; every id replaced by a random id made for this export only',
  },
  {
    type: '(I) Health plan beneficiary numbers',
    inSotChart: 'not stored',
    handling: 'long digit runs scrubbed from labels',
  },
  { type: '(J) Account numbers', inSotChart: 'not stored', handling: 'long digit runs scrubbed from labels' },
  {
    type: '(K) Certificate/license numbers',
    inSotChart: 'practitioner licence number and NPI',
    handling: 'removed',
  },
  {
    type: '(L) Vehicle identifiers and serial numbers',
    inSotChart: 'free text only (e.g. notes after a car accident)',
    handling: 'free text removed; when included scrubbed, 17-character VINs and numbers after VIN scrubbed',
  },
  {
    type: '(M) Device identifiers and serial numbers',
    inSotChart: 'instrument device name (a label); free text',
    handling:
      'kept as a scrubbed label; numbers after S/N, serial, lot, model no., device id or UDI and codes mixing letters and 3+ digits scrubbed',
  },
  { type: '(N) Web URLs', inSotChart: 'not stored', handling: 'URLs scrubbed from labels' },
  {
    type: '(O) IP addresses',
    inSotChart: 'audit log and sessions',
    handling: 'not exported; IP addresses scrubbed from labels',
  },
  { type: '(P) Biometric identifiers', inSotChart: 'not stored', handling: 'none exported' },
  {
    type: '(Q) Full-face photographs and comparable images',
    inSotChart: 'not stored (imaging is a summary)',
    handling: 'imaging not exported',
  },
  {
    type: '(R) Any other unique identifying number, characteristic or code',
    inSotChart:
      'free text (notes, history, complaints, SOAP, finding notes, goals, reasons, addenda, PSFS activity names), occupation',
    handling:
      'free text removed (only coded values and scrubbed short labels are exported) unless the owner asks for it scrubbed, which makes the export not Safe Harbor-certain',
  },
];

/** Source fields the export never writes, by table. */
export const removedFields: Readonly<Record<string, readonly string[]>> = {
  clinic: ['id', 'name', 'address', 'time_zone'],
  user: ['id', 'email', 'display_name', 'name_as_signed', 'degree', 'licence_number', 'licence_state', 'npi'],
  patient: [
    'id',
    'chart_number',
    'given_name',
    'family_name',
    'date_of_birth (year kept unless over 89)',
    'phone',
    'email',
    'address',
    'occupation',
    'history',
    'notes',
    'created_at',
    'updated_at',
  ],
  consent: ['all'],
  imaging_study: ['all'],
  episode: [
    'id',
    'start_date and end_date (year and length in days kept)',
    'complaint',
    'abn_date (kept as yes/no)',
    'goals (count kept)',
    'diagnosis onset dates',
    'created_at',
    'updated_at',
  ],
  visit: [
    'id',
    'visit_at (year and day of care kept)',
    'practitioner_id',
    'chief_complaint',
    'subjective',
    'assessment',
    'plan',
    'home care',
    'SOAP text',
    'treated category reason',
    'override reasons',
    'signed_at',
    'signed_by',
    'created_at',
    'updated_at',
  ],
  finding: ['id', 'note'],
  addendum: ['all'],
  questionnaire: ['id', 'answer labels (PSFS activity names)', 'administered_at (day of care kept)'],
  audit_log: ['all'],
};
