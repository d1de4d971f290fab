import { segments, urgencies } from '@sotchart/engine';
import { z } from 'zod';
import { IsoDateTimeSchema, longText, requiredText, shortText } from './common';
import { ConfirmedCodingSchema, emptyConfirmedCoding } from './confirmed-coding';

/** Everything charted at a visit beyond the SOT findings: exam, treatment, PART, narrative, coding. */
const SegmentSchema = z.enum(segments);
const SideSchema = z.enum(['L', 'R', 'bilateral', 'none']);
const LeftRight = z.enum(['L', 'R']);

export const VitalsSchema = z.object({
  systolic: z.number().int().min(40).max(300).optional(),
  diastolic: z.number().int().min(20).max(200).optional(),
  pulse: z.number().int().min(20).max(250).optional(),
  respiration: z.number().int().min(4).max(80).optional(),
  temperatureC: z.number().min(30).max(45).optional(),
  heightCm: z.number().min(30).max(260).optional(),
  weightKg: z.number().min(1).max(400).optional(),
});

export const StandardExamSchema = z.object({
  vitals: VitalsSchema.default({}),
  rangeOfMotion: z
    .array(
      z.object({
        region: z.enum(['cervical', 'thoracic', 'lumbar']),
        motion: requiredText(40),
        degrees: z.number().min(0).max(180),
      }),
    )
    .max(40)
    .default([]),
  orthopaedicTests: z
    .array(
      z.object({
        name: requiredText(100),
        side: SideSchema,
        result: z.enum(['positive', 'negative']),
        note: shortText(300).optional(),
      }),
    )
    .max(60)
    .default([]),
  neurologicalTests: z
    .array(
      z.object({
        name: requiredText(100),
        side: SideSchema,
        result: z.enum(['normal', 'abnormal']),
        note: shortText(300).optional(),
      }),
    )
    .max(60)
    .default([]),
  reflexes: z
    .array(z.object({ name: requiredText(60), side: LeftRight, grade: z.number().int().min(0).max(4) }))
    .max(30)
    .default([]),
});

export const TreatmentSchema = z.object({
  blocks: z
    .array(
      z.object({
        side: LeftRight,
        landmark: z.enum(['trochanter', 'acetabulum', 'asis', 'iliac_crest']),
        minutes: z.number().min(0).max(60),
      }),
    )
    .max(4)
    .default([]),
  adjustments: z
    .array(
      z.object({ segment: SegmentSchema, technique: requiredText(100), listing: shortText(40).optional() }),
    )
    .max(40)
    .default([]),
  cmrt: z
    .array(z.object({ level: SegmentSchema, note: shortText(300).optional() }))
    .max(30)
    .default([]),
  cranial: z
    .array(
      z.object({
        structure: requiredText(60),
        direction: shortText(60).optional(),
        breathPhase: z.enum(['inspiration', 'expiration']).optional(),
      }),
    )
    .max(30)
    .default([]),
  extremity: z
    .array(z.object({ joint: requiredText(60), side: LeftRight, direction: shortText(60).optional() }))
    .max(30)
    .default([]),
  muscleTests: z
    .array(
      z.object({
        muscle: requiredText(60),
        side: LeftRight,
        result: z.enum(['strong', 'weak']),
        method: shortText(100).optional(),
        phase: z.enum(['pre', 'post']),
      }),
    )
    .max(60)
    .default([]),
  sittingDisc: z
    .array(
      z.object({
        level: SegmentSchema,
        slrPre: z.number().min(0).max(90).optional(),
        slrPost: z.number().min(0).max(90).optional(),
      }),
    )
    .max(10)
    .default([]),
  instrument: z
    .array(
      z.object({
        device: requiredText(60),
        force: z.number().int().min(1).max(10),
        thrust: z.enum(['single', 'multiple']),
        segment: SegmentSchema.optional(),
        lineOfDrive: shortText(60).optional(),
      }),
    )
    .max(40)
    .default([]),
});

export const PartLetterSchema = z.enum(['P', 'A', 'R', 'T']);
export const PartEntrySchema = z.object({
  segment: SegmentSchema,
  letters: z.array(PartLetterSchema).max(4),
});

export const SoapSchema = z.object({
  subjective: longText().default(''),
  objective: longText().default(''),
  assessment: longText().default(''),
  plan: longText().default(''),
});

/**
 * The referral the practitioner made under a red flag: to whom, how, when, and the urgency as given
 * (never lower than the engine's; REFERENCE §7). Until it is recorded the note says "referral
 * recommended", never "referred".
 */
export const ReferralRecordSchema = z.object({
  to: requiredText(200),
  method: z.enum(['emergency_services', 'phone', 'letter', 'email', 'fax', 'in_person']),
  at: IsoDateTimeSchema,
  urgency: z.enum(urgencies),
  note: shortText(1000).optional(),
});
export type ReferralRecord = z.infer<typeof ReferralRecordSchema>;

export const VisitRecordSchema = z.object({
  subjective: longText().default(''),
  exam: StandardExamSchema.default({
    vitals: {},
    rangeOfMotion: [],
    orthopaedicTests: [],
    neurologicalTests: [],
    reflexes: [],
  }),
  treatment: TreatmentSchema.default({
    blocks: [],
    adjustments: [],
    cmrt: [],
    cranial: [],
    extremity: [],
    muscleTests: [],
    sittingDisc: [],
    instrument: [],
  }),
  part: z.array(PartEntrySchema).max(40).default([]),
  assessment: longText().default(''),
  plan: longText().default(''),
  homeCare: longText(5000).default(''),
  soap: SoapSchema.default({ subjective: '', objective: '', assessment: '', plan: '' }),
  coding: ConfirmedCodingSchema.default(emptyConfirmedCoding),
  referral: ReferralRecordSchema.nullable().default(null),
});
export type VisitRecord = z.infer<typeof VisitRecordSchema>;
