import type { CreateEpisode, CreatePatient, PatientWithHistory } from '@sotchart/contract';
import type { DemoCategory } from './demo-findings';
import { pick, seededRandom } from './demo-random';

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
const complaints: Record<DemoCategory, readonly string[]> = {
  I: [
    'Dull low back ache after sitting',
    'Stiff neck and upper back tension',
    'Recurring headaches with neck tightness',
  ],
  II: [
    'Sacroiliac pain when climbing stairs',
    'Low back pain worse on standing, hip catching',
    'Pelvic pain since pregnancy',
  ],
  III: [
    'Low back pain radiating into the leg',
    'Sciatica down the back of the thigh',
    'Buttock and calf pain after lifting',
  ],
};
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

/** The demo clinic's 25 patients, the same every time. */
export function demoPatients(): DemoPatient[] {
  const random = seededRandom(1961);
  return given.map((givenName, i) => {
    const course = courses[i % courses.length] ?? ['I'];
    const first = course[0] ?? 'I';
    const startDate = addDays(demoToday, -7 * (course.length + 1) - (i % 5));
    const year = 1950 + Math.floor(random() * 55);
    const onset = first === 'III' ? 'acute' : pick(random, ['subacute', 'chronic'] as const);
    return {
      patient: {
        chartNumber: `SOT-${1001 + i}`,
        givenName,
        familyName: family[i] ?? 'Demo',
        dateOfBirth: `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`,
        sex: i % 2 === 0 ? 'female' : 'male',
        phone: `555-01${String(10 + i).padStart(2, '0')}`,
        email: `${givenName.toLowerCase()}.${(family[i] ?? 'demo').toLowerCase()}@example.com`,
        address: `${10 + i} Harbour Road, Springfield`,
        occupation: pick(random, occupations),
      },
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
        complaint: pick(random, complaints[first]),
        onset,
        phase: 'active',
        abnDate: null,
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
          reExamDate: addDays(startDate, 28),
        },
        diagnoses: [
          {
            code: first === 'I' ? 'M99.01' : first === 'II' ? 'M99.04' : 'M99.03',
            region: first === 'I' ? 'cervical' : first === 'II' ? 'sacral' : 'lumbar',
            rank: 1,
            onsetDate: startDate,
          },
        ],
      },
      course,
      side: i % 3 === 0 ? 'L' : 'R',
      redFlag: i === 24 ? 'rf_tumour_or_infection' : null,
      contraindication: i === 10 ? 'ci_pregnancy' : null,
    };
  });
}

/** The date of visit `n` (0-based) of an episode that started on `startDate`: weekly, on weekdays. */
export function demoVisitAt(startDate: string, n: number, patientIndex: number): string {
  const hour = 8 + ((patientIndex * 3 + n) % 9);
  return `${addDays(startDate, 7 * n)}T${String(hour).padStart(2, '0')}:${patientIndex % 2 === 0 ? '00' : '30'}:00.000Z`;
}
