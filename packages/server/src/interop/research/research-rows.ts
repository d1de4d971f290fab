/** The rows of a research export, one interface per table; every id is random, made for the export. */
type Age = number | '90+' | null;
export interface ResearchPatient {
  id: string;
  sex: string;
  birthYear: number | null;
  birthDate?: string | null;
  ageAtFirstVisit: Age;
}
export interface ResearchEpisode {
  id: string;
  patientId: string;
  startYear: number;
  startDate?: string;
  lengthDays: number | null;
  onset: string;
  phase: string;
  abnOnFile: boolean;
  /** Only when the owner asked for free text, scrubbed. */
  complaint?: string;
  diagnoses: { code: string; region: string; rank: number }[];
  plan: { visitsPerWeek: number | null; durationWeeks: number | null; goals: number; goalsAchieved: number };
}
export interface ResearchVisit {
  id: string;
  patientId: string;
  episodeId: string | null;
  year: number;
  date?: string;
  /** Whole days since the episode started (or, with no episode, since the patient's first visit). */
  day: number;
  dayFrom: 'episode-start' | 'first-visit';
  type: string;
  status: string;
  pain: number | null;
  category: string;
  side: string | null;
  level: string | null;
  coexisting: { category: string; side: string | null; level: string }[];
  treatedCategory: string | null;
  referral: string[] | null;
  contraindications: string[];
  verification: Record<string, number>;
  part: { segment: string; letters: string[] }[];
  coding: { diagnoses: string[]; procedures: string[]; modifiers: string[] };
  packRef: string;
  engineVersion: string;
  /** Only when the owner asked for free text: each non-empty free-text field, scrubbed. */
  text?: Record<string, string>;
}
export interface ResearchFinding {
  visitId: string;
  phase: string;
  indicator: string;
  side: string | null;
  site: {
    fossa?: string;
    line?: number;
    area?: number;
    level?: string;
    direction?: string;
    structure?: string;
  } | null;
  positive: boolean | null;
  grade: number | null;
  degrees: number | null;
  mm: number | null;
  symptomReproduced: boolean | null;
  carriedForward: boolean;
  /** Only when the owner asked for free text, scrubbed. */
  note?: string;
}
export interface ResearchProcedure {
  visitId: string;
  kind: string;
  segment: string | null;
  side: string | null;
  detail: Record<string, string | number | null>;
}
export interface ResearchScore {
  patientId: string;
  visitId: string | null;
  instrument: string;
  day: number | null;
  value: number;
  band: string | null;
}
