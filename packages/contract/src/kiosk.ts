import { InstrumentIdSchema } from '@sotchart/engine';
import { z } from 'zod';
import { IdSchema, IsoDateTimeSchema, longText, requiredText, shortText } from './common';
import { ConsentTypeSchema } from './consent';
import { LanguageSchema } from './language';
import { InstrumentFormSchema, QuestionnaireAnswersSchema } from './outcomes';

/**
 * A link's form: one questionnaire (or several in order), the intake, one consent, or a check-in for
 * one appointment (arrival, then the due questionnaires, then the consents missing).
 */
export const KioskKindSchema = z.enum(['questionnaire', 'intake', 'consent', 'check_in']);
export type KioskKind = z.infer<typeof KioskKindSchema>;

const expires = { expiresInMinutes: z.number().int().min(5).max(480).default(30) };

/**
 * `POST /api/patients/:id/kiosk-links`: one form for one patient, valid for a few minutes (default
 * 30). `due_questionnaires` hands over every questionnaire the clinic's schedule has due or overdue
 * for the patient today, one after another, on one link.
 */
export const CreateKioskLinkSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('questionnaire'), instrumentId: InstrumentIdSchema, ...expires }),
  z.object({ kind: z.literal('due_questionnaires'), ...expires }),
  z.object({ kind: z.literal('intake'), ...expires }),
  z.object({ kind: z.literal('consent'), consentType: ConsentTypeSchema, ...expires }),
]);
export type CreateKioskLink = z.infer<typeof CreateKioskLinkSchema>;
/** The body as a client may send it (the expiry has a default). */
export type CreateKioskLinkInput = z.input<typeof CreateKioskLinkSchema>;

export const KioskLinkStatusSchema = z.enum(['open', 'used', 'expired']);

export const KioskLinkSchema = z.object({
  id: IdSchema,
  patientId: IdSchema,
  kind: KioskKindSchema,
  /** A questionnaire link's instruments, in the order the tablet asks them; empty for other kinds. */
  instrumentIds: z.array(InstrumentIdSchema),
  /** How many of them the patient has sent so far. */
  answered: z.number().int().min(0),
  consentType: ConsentTypeSchema.nullable(),
  /** A check-in link's appointment; null for other kinds. */
  appointmentId: IdSchema.nullable(),
  /** A check-in link's consents to sign after the questionnaires, in order; empty for other kinds. */
  consentTypes: z.array(ConsentTypeSchema),
  /** How many of them the patient has signed so far. */
  consentsSigned: z.number().int().min(0),
  /** When the patient confirmed on a check-in link that they are here. */
  checkedInAt: IsoDateTimeSchema.nullable(),
  createdAt: IsoDateTimeSchema,
  expiresAt: IsoDateTimeSchema,
  usedAt: IsoDateTimeSchema.nullable(),
  status: KioskLinkStatusSchema,
});
export type KioskLink = z.infer<typeof KioskLinkSchema>;

/** The new link: its address (carrying the one-time token after `#`, never sent to a server) and QR code. */
export const CreatedKioskLinkSchema = KioskLinkSchema.extend({
  url: z.string(),
  /** The QR code of `url` as an SVG document. */
  qrSvg: z.string(),
});
export type CreatedKioskLink = z.infer<typeof CreatedKioskLinkSchema>;

/** The link's secret, as the kiosk sends it in the body (never in a URL the server logs). */
export const KioskTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'must be a kiosk link token');
export const KioskOpenSchema = z.object({ token: KioskTokenSchema });

/** A signature drawn on screen: strokes of x, y pairs in a `width` × `height` box. */
export const SignatureSchema = z
  .object({
    width: z.number().int().min(100).max(4000),
    height: z.number().int().min(50).max(2000),
    strokes: z
      .array(z.array(z.number().min(0).max(4000)).min(2).max(4000))
      .min(1, 'is empty: sign in the box')
      .max(100),
  })
  .refine((s) => s.strokes.every((stroke) => stroke.length % 2 === 0), 'strokes must hold x, y pairs');
export type Signature = z.infer<typeof SignatureSchema>;

const listOf = (max: number) => z.array(requiredText(300)).max(max).default([]);

/** The new-patient intake form a patient fills in on the kiosk. */
export const IntakeFormSchema = z.object({
  complaint: requiredText(2000),
  complaintStarted: shortText(200).default(''),
  painNow: z.number().int().min(0).max(10).nullable().default(null),
  conditions: listOf(50),
  surgeries: listOf(50),
  medications: listOf(50),
  allergies: listOf(50),
  otherNotes: longText(4000).default(''),
});
export type IntakeForm = z.infer<typeof IntakeFormSchema>;

/** `POST /api/kiosk/submit`: the token and the form's content, by the link's kind. */
export const KioskSubmitSchema = z.discriminatedUnion('kind', [
  z.object({
    token: KioskTokenSchema,
    kind: z.literal('questionnaire'),
    /** Which of the link's questionnaires these answers are for; defaults to the next one unanswered. */
    instrumentId: InstrumentIdSchema.optional(),
    answers: QuestionnaireAnswersSchema,
  }),
  z.object({ token: KioskTokenSchema, kind: z.literal('intake'), intake: IntakeFormSchema }),
  z.object({
    token: KioskTokenSchema,
    kind: z.literal('consent'),
    /** Which consent this signature is for; defaults to the link's next one to sign. */
    consentType: ConsentTypeSchema.optional(),
    signedName: requiredText(200),
    signature: SignatureSchema,
  }),
  /** A check-in link's first step: the patient confirms "I'm here", which marks the appointment arrived. */
  z.object({ token: KioskTokenSchema, kind: z.literal('check_in') }),
]);
export type KioskSubmit = z.infer<typeof KioskSubmitSchema>;
/** The body as the kiosk may send it (intake lists have defaults). */
export type KioskSubmitInput = z.input<typeof KioskSubmitSchema>;

/** The consent wording a patient reads and signs. */
export const ConsentTextSchema = z.object({
  type: ConsentTypeSchema,
  title: z.string(),
  paragraphs: z.array(z.string()),
});
export type ConsentText = z.infer<typeof ConsentTextSchema>;

/** One questionnaire as the kiosk shows it: the clinic's validated wording where loaded, else section titles. */
export const KioskQuestionnaireSchema = InstrumentFormSchema.extend({
  /** PSFS follow-ups: the activities named at baseline, to rate again. */
  activities: z.array(z.object({ id: z.string(), label: z.string() })),
});
export type KioskQuestionnaire = z.infer<typeof KioskQuestionnaireSchema>;

/** A check-in link's appointment as the patient sees it: its time only, and where the check-in stands. */
export const KioskCheckInSchema = z.object({
  startAt: IsoDateTimeSchema,
  /** The appointment's start on the clinic's clock, `HH:MM`. */
  time: z.string(),
  /** The patient has confirmed "I'm here" (the appointment is marked arrived). */
  checkedIn: z.boolean(),
  /** Consents still to sign, in order, after the questionnaires. */
  consents: z.array(ConsentTextSchema),
  /** How many consents were signed before the link was (re)opened. */
  consentsSigned: z.number().int().min(0),
});
export type KioskCheckIn = z.infer<typeof KioskCheckInSchema>;

/**
 * What the kiosk shows: the link's forms, the clinic's name and the patient's first name only, in the
 * patient's language (the clinic's when the patient has none), which the tablet opens in.
 */
export const KioskFormSchema = z.object({
  kind: KioskKindSchema,
  clinicName: z.string(),
  givenName: z.string(),
  /** The patient's language, else the clinic's: the tablet's language and its forms' wording. */
  language: LanguageSchema,
  expiresAt: IsoDateTimeSchema,
  /** A questionnaire link's questionnaires still to answer, in order; empty for other kinds. */
  questionnaires: z.array(KioskQuestionnaireSchema),
  /** How many of the link's questionnaires were sent before it was (re)opened. */
  answered: z.number().int().min(0),
  consent: ConsentTextSchema.nullable(),
  /** A check-in link's appointment and consents; null for other kinds. */
  checkIn: KioskCheckInSchema.nullable(),
});
export type KioskForm = z.infer<typeof KioskFormSchema>;

export const KioskReceiptSchema = z.object({
  kind: KioskKindSchema,
  receivedAt: IsoDateTimeSchema,
  /** Forms still to send on this link (questionnaires, then a check-in's consents); 0 once it is used up. */
  remaining: z.number().int().min(0),
});
export type KioskReceipt = z.infer<typeof KioskReceiptSchema>;

/** An intake or signed consent from the kiosk, waiting in the patient's record for staff review. */
export const KioskSubmissionSchema = z.object({
  id: IdSchema,
  patientId: IdSchema,
  kind: z.enum(['intake', 'consent']),
  submittedAt: IsoDateTimeSchema,
  intake: IntakeFormSchema.nullable(),
  consent: z
    .object({ text: ConsentTextSchema, signedName: z.string(), signature: SignatureSchema })
    .nullable(),
  reviewedAt: IsoDateTimeSchema.nullable(),
  reviewedBy: z.string().nullable(),
  /** The consent record made when a signed consent was accepted. */
  consentId: IdSchema.nullable(),
  appliedToHistory: z.boolean(),
});
export type KioskSubmission = z.infer<typeof KioskSubmissionSchema>;

/** `POST /api/kiosk-submissions/:id/review`: accept it; an intake may also be merged into the history. */
export const ReviewKioskSubmissionSchema = z.object({ applyToHistory: z.boolean().default(false) });
