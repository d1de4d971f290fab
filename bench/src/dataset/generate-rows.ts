import type { Insertable } from 'kysely';
import type {
  EpisodeTable,
  FindingTable,
  PatientSearchKeyTable,
  PatientTable,
  PatientTypoKeyTable,
  VisitTable,
} from '@sotchart/server/db/database';
import { patientSearchKeys } from '@sotchart/server/db/patient-search-keys';
import { patientTypoKeys } from '@sotchart/server/db/patient-typo-keys';
import { templateCategories, templateKey, visitTemplates, type VisitTemplate } from './visit-templates';

/** The rows of a run of patients: each with one episode and `visitsPerPatient` visits with findings. */
export interface RowBatch {
  readonly patient: Insertable<PatientTable>[];
  readonly patient_search_key: Insertable<PatientSearchKeyTable>[];
  readonly patient_typo_key: Insertable<PatientTypoKeyTable>[];
  readonly episode: Insertable<EpisodeTable>[];
  readonly visit: Insertable<VisitTable>[];
  readonly finding: Insertable<FindingTable>[];
}

export interface GenerateOptions {
  readonly clinicId: string;
  readonly practitionerId: string;
  readonly patients: number;
  readonly visitsPerPatient: number;
  readonly batchPatients: number;
  /** The newest visit of each patient is left as a draft; every older one is signed. */
  readonly seed?: number;
}

/** mulberry32: a small, fast, seeded generator, so every build of a dataset holds the same people. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const syllables = {
  start: [
    'Ok',
    'Lind',
    'Mor',
    'Tan',
    'Hug',
    'Ros',
    'Nov',
    'Bren',
    'Alv',
    'Kow',
    'Ngu',
    'Fisch',
    'Camp',
    'Hadd',
    'Pet',
    'Sull',
    'Bar',
    'Del',
    'Ferr',
    'Gal',
  ],
  middle: [
    'a',
    'e',
    'i',
    'o',
    'u',
    'ar',
    'en',
    'il',
    'or',
    'un',
    'as',
    'el',
    'in',
    'ov',
    'ur',
    'ab',
    'ed',
    'im',
    'ol',
    'ay',
  ],
  end: ['for', 'qvist', 'eau', 'aka', 'hes', 'si', 'ak', 'nan', 'rez', 'ski'],
};
const givenNames = [
  'Amelia',
  'Noah',
  'Olivia',
  'Liam',
  'Ava',
  'Mateo',
  'Sofia',
  'Elijah',
  'Isabella',
  'Lucas',
  'Mia',
  'Ethan',
  'Harper',
  'James',
  'Evelyn',
  'Benjamin',
  'Aria',
  'Henry',
  'Chloe',
  'Samuel',
  'Grace',
  'David',
  'Nora',
  'Daniel',
  'Ruth',
  'Omar',
  'Priya',
  'Kenji',
  'Leila',
  'Tomas',
];
const complaints = [
  'Low back pain',
  'Neck pain',
  'Sciatica, left leg',
  'Headaches',
  'Mid-back stiffness',
  'Hip pain',
];
const day = 86_400_000;

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** A family name from 4 000 combinations, so a name search matches a realistic handful of people. */
export function familyName(random: () => number): string {
  return `${pick(random, syllables.start)}${pick(random, syllables.middle)}${pick(random, syllables.end)}`;
}

/**
 * UUIDv7-shaped ids that sort in creation order: the build's start time, then a counter. Far cheaper
 * than a random UUIDv7 per row, which matters at twenty million findings; unique within a build, and
 * builds started at different milliseconds never share an id.
 */
function sequentialIds(startMs: number): () => string {
  const time = startMs.toString(16).padStart(12, '0');
  const head = `${time.slice(0, 8)}-${time.slice(8, 12)}-7`;
  let counter = 0;
  return () => {
    const hex = (counter++).toString(16).padStart(18, '0');
    return `${head}${hex.slice(0, 3)}-8${hex.slice(3, 6)}-${hex.slice(6)}`;
  };
}

/**
 * Yields the rows of `patients` patients, `batchPatients` at a time. Deterministic for a seed (ids
 * aside, which carry the build's start time). The templates are computed once, so a million visits
 * cost a million copies, not a million engine runs.
 */
export function* generateRows(options: GenerateOptions): Generator<RowBatch> {
  const random = seededRandom(options.seed ?? 20261125);
  const templates = visitTemplates();
  const base = Date.UTC(2026, 0, 5, 9, 0, 0);
  const uuidv7 = sequentialIds(Date.now());
  for (let first = 0; first < options.patients; first += options.batchPatients) {
    const batch: RowBatch = {
      patient: [],
      patient_search_key: [],
      patient_typo_key: [],
      episode: [],
      visit: [],
      finding: [],
    };
    const last = Math.min(options.patients, first + options.batchPatients);
    for (let i = first; i < last; i += 1) {
      const patientId = uuidv7();
      const episodeId = uuidv7();
      const family = familyName(random);
      const chartNumber = `B${String(i + 1).padStart(7, '0')}`;
      const given = pick(random, givenNames);
      const start = base - options.visitsPerPatient * 7 * day - Math.floor(random() * 365) * day;
      const at = new Date(start).toISOString();
      batch.patient.push({
        id: patientId,
        clinic_id: options.clinicId,
        chart_number: chartNumber,
        given_name: given,
        family_name: family,
        search_name: `${family} ${given}`.toLowerCase(),
        date_of_birth: new Date(
          Date.UTC(
            1940 + Math.floor(random() * 70),
            Math.floor(random() * 12),
            1 + Math.floor(random() * 28),
          ),
        )
          .toISOString()
          .slice(0, 10),
        sex: random() < 0.5 ? 'female' : 'male',
        phone: `555-01${String(i % 100).padStart(2, '0')}`,
        email: null,
        address: null,
        occupation: null,
        history: JSON.stringify({ conditions: [], surgeries: [], medications: [], allergies: [] }),
        notes: '',
        archived: 0,
        created_at: at,
        updated_at: at,
        updated_by: options.practitionerId,
        version: 1,
      });
      for (const search_key of patientSearchKeys({ familyName: family, givenName: given, chartNumber }))
        batch.patient_search_key.push({ clinic_id: options.clinicId, search_key, patient_id: patientId });
      for (const typo_key of patientTypoKeys({ familyName: family, givenName: given }))
        batch.patient_typo_key.push({ clinic_id: options.clinicId, typo_key, patient_id: patientId });
      batch.episode.push({
        id: episodeId,
        clinic_id: options.clinicId,
        patient_id: patientId,
        start_date: at.slice(0, 10),
        end_date: null,
        complaint: pick(random, complaints),
        onset: 'chronic',
        phase: 'active',
        abn_date: null,
        plan: '{}',
        diagnoses: '[]',
        created_at: at,
        updated_at: at,
        updated_by: options.practitionerId,
        version: 1,
      });
      const category = pick(random, templateCategories);
      const side = random() < 0.5 ? 'L' : 'R';
      for (let v = 0; v < options.visitsPerPatient; v += 1) {
        const template = templates.get(templateKey(category, side, v)) as VisitTemplate;
        const visitAt = new Date(start + v * 7 * day + Math.floor(random() * 8) * 3_600_000).toISOString();
        const draft = v === options.visitsPerPatient - 1;
        const visitId = uuidv7();
        batch.visit.push({
          id: visitId,
          clinic_id: options.clinicId,
          patient_id: patientId,
          episode_id: episodeId,
          practitioner_id: options.practitionerId,
          visit_at: visitAt,
          type: v === 0 ? 'new_patient' : v % 5 === 0 ? 're_exam' : 'follow_up',
          status: draft ? 'draft' : 'signed',
          chief_complaint: '',
          pain: Math.max(0, 8 - v),
          ...template.snapshot,
          treated_category: template.category,
          treated_reason: 'Indicators as charted.',
          overrides: '[]',
          record: template.record,
          signed_at: draft ? null : visitAt,
          signed_by: draft ? null : options.practitionerId,
          created_at: visitAt,
          updated_at: visitAt,
          updated_by: options.practitionerId,
          version: draft ? 1 : 2,
        });
        for (const f of template.findingColumns) {
          batch.finding.push({
            id: uuidv7(),
            clinic_id: options.clinicId,
            visit_id: visitId,
            patient_id: patientId,
            ...f,
            carried_forward: null,
            note: null,
          });
        }
      }
    }
    yield batch;
  }
}
