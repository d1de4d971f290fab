import { z } from 'zod';

// The export's own random ids (made for the export, never a record's id) and its sided values.
const exportId = z.string();
const sideOrNull = z.string().nullable();

const ResearchPatientSchema = z.object({
  id: exportId,
  sex: z.string(),
  birthYear: z.number().int().nullable(),
  /** `shifted` mode only; null for ages over 89. */
  birthDate: z.string().nullable().optional(),
  ageAtFirstVisit: z.union([z.number().int(), z.literal('90+')]).nullable(),
});

const ResearchEpisodeSchema = z.object({
  id: exportId,
  patientId: exportId,
  startYear: z.number().int(),
  startDate: z.string().optional(),
  lengthDays: z.number().int().nullable(),
  onset: z.string(),
  phase: z.string(),
  abnOnFile: z.boolean(),
  /** Only with `freeText=scrubbed`. */
  complaint: z.string().optional(),
  diagnoses: z.array(z.object({ code: z.string(), region: z.string(), rank: z.number().int() })),
  plan: z.object({
    visitsPerWeek: z.number().nullable(),
    durationWeeks: z.number().nullable(),
    goals: z.number().int(),
    goalsAchieved: z.number().int(),
  }),
});

const ResearchVisitSchema = z.object({
  id: exportId,
  patientId: exportId,
  episodeId: exportId.nullable(),
  year: z.number().int(),
  date: z.string().optional(),
  /** Whole days since the episode started (or, with no episode, since the patient's first visit). */
  day: z.number().int(),
  dayFrom: z.enum(['episode-start', 'first-visit']),
  type: z.string(),
  status: z.string(),
  pain: z.number().nullable(),
  category: z.string(),
  side: sideOrNull,
  level: z.string().nullable(),
  coexisting: z.array(z.object({ category: z.string(), side: sideOrNull, level: z.string() })),
  treatedCategory: z.string().nullable(),
  referral: z.array(z.string()).nullable(),
  contraindications: z.array(z.string()),
  verification: z.record(z.string(), z.number()),
  part: z.array(z.object({ segment: z.string(), letters: z.array(z.string()) })),
  coding: z.object({
    diagnoses: z.array(z.string()),
    procedures: z.array(z.string()),
    modifiers: z.array(z.string()),
  }),
  packRef: z.string(),
  engineVersion: z.string(),
  /** Only with `freeText=scrubbed`: each non-empty free-text field of the visit, scrubbed. */
  text: z.record(z.string(), z.string()).optional(),
});

const ResearchFindingSchema = z.object({
  visitId: exportId,
  phase: z.string(),
  indicator: z.string(),
  side: sideOrNull,
  site: z
    .object({
      fossa: z.string().optional(),
      line: z.number().optional(),
      area: z.number().optional(),
      level: z.string().optional(),
      direction: z.string().optional(),
      structure: z.string().optional(),
    })
    .nullable(),
  positive: z.boolean().nullable(),
  grade: z.number().nullable(),
  degrees: z.number().nullable(),
  mm: z.number().nullable(),
  symptomReproduced: z.boolean().nullable(),
  carriedForward: z.boolean(),
  /** Only with `freeText=scrubbed`. */
  note: z.string().optional(),
});

const ResearchProcedureSchema = z.object({
  visitId: exportId,
  kind: z.string(),
  segment: z.string().nullable(),
  side: sideOrNull,
  detail: z.record(z.string(), z.union([z.string(), z.number()]).nullable()),
});

const ResearchScoreSchema = z.object({
  patientId: exportId,
  visitId: exportId.nullable(),
  instrument: z.string(),
  day: z.number().int().nullable(),
  value: z.number(),
  band: z.string().nullable(),
});

/**
 * `GET /api/exports/research`: a de-identified research export, one array per table, with the
 * manifest that says how it was de-identified (docs/interop.md).
 */
export const ResearchExportSchema = z.object({
  manifest: z.record(z.string(), z.unknown()),
  patients: z.array(ResearchPatientSchema),
  episodes: z.array(ResearchEpisodeSchema),
  visits: z.array(ResearchVisitSchema),
  findings: z.array(ResearchFindingSchema),
  procedures: z.array(ResearchProcedureSchema),
  scores: z.array(ResearchScoreSchema),
});
export type ResearchExport = z.infer<typeof ResearchExportSchema>;
