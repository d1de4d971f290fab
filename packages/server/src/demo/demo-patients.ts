import type { CreateEpisode, CreatePatient, PatientWithHistory } from '@sotchart/contract';
import { demoCoverage } from './demo-coverage';
import type { DemoCategory } from './demo-findings';
import { pick, seededRandom } from './demo-random';
import { treatedRegionCodes } from './demo-treatment';

/** One demo patient: demographics, an episode of care and the course of categories over their visits. */
export interface DemoPatient {
  readonly patient: CreatePatient;
  readonly medical: Pick<PatientWithHistory, 'history' | 'notes'>;
  readonly episode: CreateEpisode;
  /** The category found at each visit, oldest first, e.g. III, III, II, II, I. */
  readonly course: readonly DemoCategory[];
  readonly side: 'L' | 'R';
  /** A red flag answered "yes" at the first visit: referred, no plan. */
  readonly redFlag: string | null;
  readonly contraindication: string | null;
}

const given = [
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
  // Patients 26–45: the regulars who fill the demo's week of appointments (demo-schedule.ts).
  'Leah',
  'Oscar',
  'Hannah',
  'Felix',
  'Zoe',
  'Arjun',
  'Ingrid',
  'Marcus',
  'Yara',
  'Theo',
  'Clara',
  'Rafael',
  'Esther',
  'Jonah',
  'Maya',
  'Victor',
  'Lucia',
  'Hugo',
  'Anika',
  'Caleb',
];
const family = [
  'Okafor',
  'Lindqvist',
  'Moreau',
  'Tanaka',
  'Hughes',
  'Rossi',
  'Novak',
  'Brennan',
  'Alvarez',
  'Kowalski',
  'Nguyen',
  'Fischer',
  'Campbell',
  'Haddad',
  'Petrov',
  'Sullivan',
  'Mensah',
  'Ortiz',
  'Larsen',
  'Dubois',
  'Whitfield',
  'Kaur',
  'Mbeki',
  'Castillo',
  'Abbott',
  'Quinlan',
  'Yilmaz',
  'Forsberg',
  'Achebe',
  'Marchetti',
  'Iyer',
  'Halvorsen',
  'Delacroix',
  'Sato',
  'Gallagher',
  'Vasquez',
  'Oyelaran',
  'Lindgren',
  'Pereira',
  'Wojcik',
  'Ferreira',
  'Mahmoud',
  'Eriksen',
  'Bianchi',
  'Tremblay',
];
const occupations = [
  'teacher',
  'nurse',
  'carpenter',
  'software developer',
  'retail manager',
  'farmer',
  'accountant',
  'delivery driver',
  'student',
  'retired',
  'chef',
  'electrician',
];
/**
 * The complaints by first category, each with the neuromusculoskeletal diagnosis that goes beside
 * the subluxation codes (clinical-notes §1.4); a sciatic code takes the side of the complaint.
 */
interface Complaint {
  readonly text: string;
  readonly code: (side: 'L' | 'R') => string;
  readonly region: string;
}
const sided = (left: string, right: string) => (side: 'L' | 'R') => (side === 'L' ? left : right);
const complaints: Record<DemoCategory, readonly Complaint[]> = {
  I: [
    { text: 'Dull low back ache after sitting', code: () => 'M54.50', region: 'lumbar' },
    { text: 'Stiff neck and upper back tension', code: () => 'M54.2', region: 'cervical' },
    { text: 'Recurring headaches with neck tightness', code: () => 'M54.2', region: 'cervical' },
  ],
  II: [
    { text: 'Sacroiliac pain when climbing stairs', code: () => 'M53.3', region: 'sacral' },
    { text: 'Low back pain worse on standing, hip catching', code: () => 'M54.50', region: 'lumbar' },
    { text: 'Pelvic pain since pregnancy', code: () => 'M53.3', region: 'sacral' },
  ],
  III: [
    { text: 'Low back pain radiating into the leg', code: sided('M54.42', 'M54.41'), region: 'lumbar' },
    { text: 'Sciatica down the back of the thigh', code: sided('M54.32', 'M54.31'), region: 'lumbar' },
    { text: 'Buttock and calf pain after lifting', code: sided('M54.42', 'M54.41'), region: 'lumbar' },
  ],
};
/**
 * The patients whose episode is maintenance care (clinical-notes §1.4): one with an ABN on file, so
 * its visits bill GA, and one without, so they carry neither AT nor GA.
 */
const maintenance = new Map<number, 'maintenance with ABN' | 'maintenance without ABN'>([
  [2, 'maintenance with ABN'],
  [7, 'maintenance without ABN'],
]);

const courses: readonly (readonly DemoCategory[])[] = [
  ['III', 'III', 'II', 'II', 'I', 'I'],
  ['II', 'II', 'I', 'I'],
  ['I', 'I', 'I'],
  ['III', 'II', 'I', 'I', 'I'],
  ['II', 'II', 'II', 'I', 'I', 'I', 'I'],
];

/** The anchor date of the demo: every history is dated relative to it, so runs are identical. */
export const demoToday = '2026-11-20';

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The demo clinic's 45 patients, the same every time (the first 25 as before the week was added). */
export function demoPatients(): DemoPatient[] {
  const random = seededRandom(1961);
  return given.map((givenName, i) => {
    // The regulars added for the appointment book (26 on) began care lately: two or three visits so far.
    const fullCourse = courses[i % courses.length] ?? ['I'];
    const course = i < 25 ? fullCourse : fullCourse.slice(0, 2 + (i % 2));
    const first = course[0] ?? 'I';
    const startDate = addDays(demoToday, -7 * (course.length + 1) - (i % 5));
    const year = 1950 + Math.floor(random() * 55);
    const picked = first === 'III' ? 'acute' : pick(random, ['subacute', 'chronic'] as const);
    const phase = maintenance.get(i);
    // A maintenance episode is care that no longer improves the condition: chronic by definition.
    const onset = phase === undefined ? picked : 'chronic';
    const side = i % 3 === 0 ? 'L' : 'R';
    const redFlag = i === 24 ? 'rf_tumour_or_infection' : null;
    const patient: CreatePatient = {
      chartNumber: `SOT-${1001 + i}`,
      givenName,
      familyName: family[i] ?? 'Demo',
      dateOfBirth: `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`,
      sex: i % 2 === 0 ? 'female' : 'male',
      nameReading: null,
      language: null,
      phone: `555-01${String(10 + i).padStart(2, '0')}`,
      email: `${givenName.toLowerCase()}.${(family[i] ?? 'demo').toLowerCase()}@example.com`,
      address: `${10 + i} Harbour Road, Springfield, IL 62704`,
      occupation: pick(random, occupations),
      coverage: demoCoverage(i, givenName, family[i] ?? 'Demo'),
    };
    // Drawn after the patient, as before, so the seeded stream gives every other value unchanged.
    const complaint = pick(random, complaints[first]);
    return {
      patient,
      medical: {
        history: {
          conditions: i % 3 === 0 ? ['mild hypertension'] : [],
          surgeries: i % 7 === 0 ? ['appendectomy'] : [],
          medications: i % 4 === 0 ? ['ibuprofen as needed'] : [],
          allergies: i % 6 === 0 ? ['penicillin'] : [],
        },
        notes: '',
      },
      episode: {
        startDate,
        endDate: null,
        complaint: complaint.text,
        onset,
        phase: phase === undefined ? 'active' : 'maintenance',
        // The ABN is signed at the start of maintenance care, before its first visit.
        abnDate: phase === 'maintenance with ABN' ? startDate : null,
        plan: {
          visitsPerWeek: 1,
          durationWeeks: course.length + 2,
          goals: [
            {
              description: 'Reduce pain',
              target: 'NPRS 2 or less',
              targetDate: addDays(startDate, 7 * (course.length + 2)),
              achieved: false,
            },
            {
              description: 'Return to usual activity',
              target: 'Full working day without pain',
              targetDate: addDays(startDate, 56),
              achieved: false,
            },
          ],
          // Three weeks in: the day of the fourth visit, which is the re-examination (seed-demo.ts).
          reExamDate: addDays(startDate, 21),
        },
        diagnoses: [
          // A referred patient is treated nowhere, so only the complaint's own diagnosis stands.
          ...(redFlag === null ? treatedRegionCodes(course) : []),
          { code: complaint.code(side), region: complaint.region },
        ].map((d, n) => ({ ...d, rank: n + 1, onsetDate: startDate })),
      },
      course,
      side,
      redFlag,
      contraindication: i === 10 ? 'ci_pregnancy' : null,
    };
  });
}

/** The date of visit `n` (0-based) of an episode that started on `startDate`: weekly, on weekdays. */
export function demoVisitAt(startDate: string, n: number, patientIndex: number): string {
  // 14:00–22:30 UTC is clinic hours at the demo clinic (America/Chicago), on the same date there.
  const hour = 14 + ((patientIndex * 3 + n) % 9);
  return `${addDays(startDate, 7 * n)}T${String(hour).padStart(2, '0')}:${patientIndex % 2 === 0 ? '00' : '30'}:00.000Z`;
}
