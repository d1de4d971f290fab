import {
  isGranted,
  type CreateKioskLink,
  type CreatedKioskLink,
  type KioskForm,
  type KioskLink,
  type KioskReceipt,
  type KioskSubmission,
  type KioskSubmit,
  type PatientWithHistory,
} from '@sotchart/contract';
import type { RequestContext } from '../auth/request-context';
import { clinicRepository } from '../db/repositories/clinic.repository';
import { kioskLinkRepository, type StoredKioskLink } from '../db/repositories/kiosk-link.repository';
import { kioskSubmissionRepository } from '../db/repositories/kiosk-submission.repository';
import { patientRecordRepository } from '../db/repositories/patient-record.repository';
import { patientRepository } from '../db/repositories/patient.repository';
import { AppError, notFound, validationFailed } from '../errors';
import { dateInZone, printedDateTime } from './clinic-date';
import { clinicTimeZone } from './clinic.service';
import { consentTexts } from './consent-texts';
import { checkIn, checkInView, consentToSign, nextKind } from './kiosk-check-in';
import {
  formsLeft,
  hashOf,
  issuedLink,
  kioskAudit,
  linkExpired,
  newKioskToken,
  openLink,
  publicLink,
  type KioskCaller,
} from './kiosk-links';
import { linkInstruments, nextInstrument, remainingQuestionnaires } from './kiosk-questionnaires';
import { loadPatient } from './patient.service';
import { recordQuestionnaire } from './questionnaire.service';
import { patched, saveVersioned } from './save-versioned';
import { auditOf, type ServiceDeps } from './service-deps';

/** What the patient reads in: their own language, else the clinic's. */
async function readerLanguage(db: ServiceDeps['db'], link: StoredKioskLink): Promise<string> {
  const [clinic, patient] = await Promise.all([
    clinicRepository.findById(db, link.clinicId),
    patientRepository.findById(db, link.clinicId, link.patientId),
  ]);
  if (clinic === undefined || patient === undefined) throw linkExpired();
  return patient.language ?? clinic.language;
}

function mergeHistory(
  history: PatientWithHistory['history'],
  intake: NonNullable<KioskSubmission['intake']>,
) {
  const merge = (a: readonly string[], b: readonly string[]) => {
    const seen = new Set(a.map((s) => s.toLowerCase()));
    return [...a, ...b.filter((s) => !seen.has(s.toLowerCase()))];
  };
  return {
    conditions: merge(history.conditions, intake.conditions),
    surgeries: merge(history.surgeries, intake.surgeries),
    medications: merge(history.medications, intake.medications),
    allergies: merge(history.allergies, intake.allergies),
  };
}

export const kioskService = {
  /**
   * Makes a one-time link for one patient, to one form or to every questionnaire due; the token
   * appears only in the returned URL, which starts with `baseUrl` (the server's configured public
   * address, without a trailing slash).
   */
  async createLink(
    deps: ServiceDeps,
    ctx: RequestContext,
    patientId: string,
    input: CreateKioskLink,
    baseUrl: string,
  ): Promise<CreatedKioskLink> {
    const token = newKioskToken();
    const now = deps.clock();
    const link = await deps.db.transaction().execute(async (trx) => {
      await loadPatient(trx, ctx, patientId);
      const link: StoredKioskLink = {
        id: deps.newId(),
        clinicId: ctx.clinicId,
        patientId,
        kind: input.kind === 'due_questionnaires' ? 'questionnaire' : input.kind,
        instrumentIds: await linkInstruments(trx, ctx.clinicId, patientId, input, now),
        answered: 0,
        consentType: input.kind === 'consent' ? input.consentType : null,
        appointmentId: null,
        consentTypes: [],
        consentsSigned: 0,
        checkedInAt: null,
        createdBy: ctx.userId,
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + input.expiresInMinutes * 60_000).toISOString(),
        usedAt: null,
      };
      await kioskLinkRepository.insert(trx, link, hashOf(token));
      await deps.audit.within(trx, auditOf(ctx, 'create', 'kiosk_link', [link.id], patientId));
      return link;
    });
    return issuedLink(link, token, baseUrl, now);
  },

  async listLinks(deps: ServiceDeps, ctx: RequestContext, patientId: string): Promise<KioskLink[]> {
    await loadPatient(deps.db, ctx, patientId);
    const links = await kioskLinkRepository.listByPatient(deps.db, ctx.clinicId, patientId);
    await deps.audit.record(auditOf(ctx, 'read', 'kiosk_link', [patientId], patientId));
    const now = deps.clock();
    return links.map((l) => publicLink(l, now));
  },

  /**
   * What the kiosk shows for a token: the link's form (or its questionnaires still to answer), the
   * clinic's name, the patient's first name, and the language the tablet opens in (the patient's,
   * else the clinic's).
   */
  async open(deps: ServiceDeps, caller: KioskCaller, token: string): Promise<KioskForm> {
    const link = await openLink(deps.db, token, deps.clock());
    const [clinic, patient] = await Promise.all([
      clinicRepository.findById(deps.db, link.clinicId),
      patientRepository.findById(deps.db, link.clinicId, link.patientId),
    ]);
    if (clinic === undefined || patient === undefined) throw linkExpired();
    const asksQuestionnaires = link.kind === 'questionnaire' || link.kind === 'check_in';
    const questionnaires: KioskForm['questionnaires'] = asksQuestionnaires
      ? await remainingQuestionnaires(deps.db, link)
      : [];
    if (link.kind === 'questionnaire' && questionnaires.length === 0) throw linkExpired();
    const language = patient.language ?? clinic.language;
    const consentText = await consentTexts(deps.db, link.clinicId, language);
    const checkInShown = link.kind === 'check_in' ? await checkInView(deps.db, link, consentText) : null;
    await deps.audit.record(kioskAudit(caller, link, 'read', 'kiosk_link', [link.id]));
    return {
      kind: link.kind,
      clinicName: clinic.name,
      givenName: patient.givenName,
      language,
      expiresAt: link.expiresAt,
      questionnaires,
      answered: link.answered,
      consent: link.kind === 'consent' && link.consentType !== null ? consentText(link.consentType) : null,
      checkIn: checkInShown,
    };
  },

  /**
   * Takes the kiosk's answers, in one transaction: a questionnaire is scored and stored, and the link
   * is used up with its last form; an intake or signed consent waits in the record for staff review
   * and uses the link up (a check-in's consent only with its last one); a check-in's "I'm here" marks
   * its appointment arrived. Answers that fail validation leave the link as it was, so the patient can
   * correct them.
   */
  async submit(deps: ServiceDeps, caller: KioskCaller, body: KioskSubmit): Promise<KioskReceipt> {
    const now = deps.clock();
    const at = now.toISOString();
    return deps.db.transaction().execute(async (trx) => {
      const link = await openLink(trx, body.token, now);
      const expected = nextKind(link);
      if (body.kind !== expected)
        throw validationFailed([{ path: 'kind', message: `must be ${expected} for this link now` }]);
      if (body.kind === 'check_in') return checkIn(trx, deps, caller, link, at);
      if (body.kind === 'questionnaire') {
        const instrumentId = nextInstrument(link, body.instrumentId);
        const remaining = formsLeft(link) - 1;
        const usedAt = remaining === 0 ? at : null;
        const counted = await kioskLinkRepository.markAnswered(trx, link.id, link.answered, at, usedAt);
        if (!counted) throw linkExpired();
        const response = await recordQuestionnaire(trx, deps, link.clinicId, {
          patientId: link.patientId,
          instrumentId,
          answers: body.answers,
          administeredAt: at,
          source: 'kiosk',
          enteredBy: null,
          kioskLinkId: link.id,
        });
        const ids = [link.id, response.id];
        await deps.audit.within(trx, kioskAudit(caller, link, 'create', 'questionnaire_response', ids));
        return { kind: link.kind, receivedAt: at, remaining };
      }
      const consentType = body.kind === 'consent' ? consentToSign(link, body.consentType) : null;
      // The wording signed is the one the tablet showed: in the patient's language, else the clinic's.
      const consentText =
        consentType === null
          ? null
          : (await consentTexts(trx, link.clinicId, await readerLanguage(trx, link)))(consentType);
      const remaining = link.kind === 'check_in' ? formsLeft(link) - 1 : 0;
      const marked =
        link.kind === 'check_in'
          ? await kioskLinkRepository.markConsentSigned(
              trx,
              link.id,
              link.consentsSigned,
              at,
              remaining === 0 ? at : null,
            )
          : await kioskLinkRepository.markUsed(trx, link.id, at);
      if (!marked) throw linkExpired();
      const submission: KioskSubmission = {
        id: deps.newId(),
        patientId: link.patientId,
        kind: body.kind,
        submittedAt: at,
        intake: body.kind === 'intake' ? body.intake : null,
        consent:
          body.kind === 'consent' && consentText !== null
            ? { text: consentText, signedName: body.signedName, signature: body.signature }
            : null,
        reviewedAt: null,
        reviewedBy: null,
        consentId: null,
        appliedToHistory: false,
      };
      await kioskSubmissionRepository.insert(trx, link.clinicId, submission, link.id);
      const ids = [link.id, submission.id];
      await deps.audit.within(trx, kioskAudit(caller, link, 'create', 'kiosk_submission', ids));
      return { kind: link.kind, receivedAt: at, remaining };
    });
  },

  async listSubmissions(
    deps: ServiceDeps,
    ctx: RequestContext,
    patientId: string,
  ): Promise<KioskSubmission[]> {
    await loadPatient(deps.db, ctx, patientId);
    const list = await kioskSubmissionRepository.listByPatient(deps.db, ctx.clinicId, patientId);
    await deps.audit.record(auditOf(ctx, 'read', 'kiosk_submission', [patientId], patientId));
    // An intake holds the history, the complaint and a pain score: a role without clinical access sees
    // that one arrived and whether it was reviewed, not what it says.
    if (isGranted(ctx.role, 'clinicalRead')) return list;
    return list.map((s) => (s.intake === null ? s : { ...s, intake: null }));
  },

  /**
   * Accepts a kiosk submission into the record: a signed consent becomes a consent record; an intake
   * may also be merged into the patient's history (lists joined, nothing removed).
   */
  async review(
    deps: ServiceDeps,
    ctx: RequestContext,
    id: string,
    input: { applyToHistory: boolean },
  ): Promise<KioskSubmission> {
    const reviewed = await deps.db.transaction().execute(async (trx) => {
      const submission = await kioskSubmissionRepository.findById(trx, ctx.clinicId, id);
      if (submission === undefined) throw notFound();
      // Reviewing an intake means reading it and merging it into the history: clinical work. Signed
      // consents are the front desk's.
      if (submission.kind === 'intake' && !isGranted(ctx.role, 'clinicalWrite'))
        throw new AppError('FORBIDDEN', {
          details: [{ path: 'id', message: 'is an intake form: a practitioner or the owner reviews it' }],
        });
      if (submission.reviewedAt !== null)
        throw validationFailed([{ path: 'id', message: 'is already reviewed' }]);
      const patient = await loadPatient(trx, ctx, submission.patientId);
      const now = deps.clock().toISOString();
      let consentId: string | null = null;
      if (submission.consent !== null) {
        const timeZone = await clinicTimeZone(trx, ctx.clinicId);
        consentId = deps.newId();
        await patientRecordRepository.insertConsent(
          trx,
          ctx.clinicId,
          {
            id: consentId,
            patientId: patient.id,
            type: submission.consent.text.type,
            date: dateInZone(submission.submittedAt, timeZone),
            signedBy: submission.consent.signedName,
            note: `Signed on screen at the kiosk, ${printedDateTime(submission.submittedAt, timeZone)}: "${submission.consent.text.title}". Wording and signature kept with kiosk submission ${submission.id}.`,
            createdAt: now,
          },
          ctx.userId,
        );
      }
      let applied = false;
      if (submission.intake !== null && input.applyToHistory) {
        const intake = submission.intake;
        await saveVersioned({
          current: patient,
          expected: patient.version,
          change: (stored) => {
            const next = patched(stored, { history: mergeHistory(stored.history, intake) });
            return next === null ? null : { ...next, updatedAt: now };
          },
          write: (next, expected) => patientRepository.update(trx, ctx.clinicId, next, expected, ctx.userId),
          reload: () => loadPatient(trx, ctx, patient.id),
        });
        applied = true;
      }
      const result: KioskSubmission = {
        ...submission,
        reviewedAt: now,
        reviewedBy: ctx.userId,
        consentId,
        appliedToHistory: applied,
      };
      if (!(await kioskSubmissionRepository.markReviewed(trx, ctx.clinicId, result)))
        throw validationFailed([{ path: 'id', message: 'is already reviewed' }]);
      const ids = consentId === null ? [id] : [id, consentId];
      await deps.audit.within(trx, auditOf(ctx, 'update', 'kiosk_submission', ids, result.patientId));
      return result;
    });
    return reviewed;
  },
};
