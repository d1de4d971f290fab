import {
  defaultPageSize,
  type Episode,
  type Language,
  type PageSizeName,
  type ProgressReportQuery,
  type ProgressSeries,
  type Visit,
} from '@sotchart/contract';
import { positiveBefore, type CategoryId } from '@sotchart/engine';
import type { Kysely } from 'kysely';
import type { RequestContext } from '../auth/request-context';
import type { Database } from '../db/database';
import { episodeRepository } from '../db/repositories/episode.repository';
import type { SignedDocument } from '../db/repositories/signed-document.repository';
import { questionnaireRepository } from '../db/repositories/questionnaire.repository';
import { visitRepository } from '../db/repositories/visit.repository';
import { notFound } from '../errors';
import { clinicDocumentLanguage } from '../reports/clinic-document-language';
import { documentLanguageTag, type DocumentLanguage } from '../reports/document-language';
import { renderPatientHandout } from '../reports/documents/patient-handout';
import { translatedPackNames } from '../reports/documents/protocol-names';
import { renderProgressReport, type ProgressVisit } from '../reports/documents/progress-report';
import { renderReferralLetter } from '../reports/documents/referral-letter';
import { renderVisitNote } from '../reports/documents/visit-note';
import type { AddendumSnapshot } from '../reports/documents/addendum-snapshot';
import type { VisitNoteSnapshot } from '../reports/documents/visit-note-snapshot';
import { dateInZone } from './clinic-date';
import { loadClinic } from './clinic.service';
import { clinicOf, fileStem, patientOf, practitionerById } from './document-sources';
import { storedAddendum, storedNote } from './freeze-signed-documents';
import { gatherReferralLetter } from './gather-referral-letter';
import { gatherVisitNote } from './gather-visit-note';
import { progressSeries } from './outcome-progress';
import { visitWithFindings } from './visit-with-findings';
import { effectivePack } from './protocol.service';
import { loadOutcomeSettings } from './questionnaire-schedule.service';
import type { RenderedDocument } from '../reports/rendered-document';
import { auditOf, type ServiceDeps } from './service-deps';

/** Indicator, red-flag and contraindication names from the clinic's current pack, by id, in the document's language. */
async function indicatorNames(
  db: Kysely<Database>,
  clinicId: string,
  dl: DocumentLanguage,
): Promise<(id: string) => string> {
  const names = translatedPackNames((await effectivePack(db, clinicId)).pack, dl);
  return (id) => names.get(id) ?? id.replaceAll('_', ' ');
}

const treatedCategory = (visit: Visit): CategoryId | null => {
  if (visit.treatedCategory !== null) return visit.treatedCategory.category;
  const c = visit.engine.analysis.category;
  return c === 'I' || c === 'II' || c === 'III' ? c : null;
};

/** A stored signed document as an answer, named after what its snapshot shows. */
function storedDocument(stored: SignedDocument, stem: string): RenderedDocument {
  return { pdf: stored.pdf, filename: `${stem}.pdf`, sha256: stored.sha256 };
}

export const documentService = {
  /**
   * The visit note. A signed visit's note is the PDF stored when it was signed, served byte for byte
   * whatever changed since (the page size asked for does not apply: it keeps the paper it was frozen
   * on). A draft renders live from the data as it stands, marked DRAFT.
   */
  async visitNote(
    deps: ServiceDeps,
    ctx: RequestContext,
    visitId: string,
    pageSize: PageSizeName | undefined,
  ): Promise<RenderedDocument> {
    const visit = await visitWithFindings(deps.db, ctx.clinicId, visitId);
    let document: RenderedDocument;
    if (visit.status === 'signed') {
      const stored = await storedNote(deps.db, deps, ctx.clinicId, visit);
      const shown = JSON.parse(stored.snapshot) as VisitNoteSnapshot;
      const day = dateInZone(visit.visitAt, shown.clinic.timeZone);
      document = storedDocument(stored, `visit-note-${fileStem(shown.patient)}-${day}`);
    } else {
      const snapshot = await gatherVisitNote(deps.db, ctx.clinicId, visit, { freeze: null, pageSize });
      const day = dateInZone(visit.visitAt, snapshot.clinic.timeZone);
      document = {
        pdf: await renderVisitNote(
          snapshot,
          await clinicDocumentLanguage(deps.db, ctx.clinicId, documentLanguageTag(snapshot.language), [
            'reports',
            'protocolContent',
            'narrative',
          ]),
        ),
        filename: `visit-note-${fileStem(snapshot.patient)}-${day}.pdf`,
      };
    }
    await deps.audit.record(auditOf(ctx, 'export', 'visit_note', [visitId], visit.patientId));
    return document;
  },

  /** An addendum's own signed PDF, as stored when it was added; NOT_FOUND when the visit has no such addendum. */
  async addendum(
    deps: ServiceDeps,
    ctx: RequestContext,
    visitId: string,
    seq: number,
  ): Promise<RenderedDocument> {
    const visit = await visitRepository.findById(deps.db, ctx.clinicId, visitId);
    if (visit === undefined || visit.status !== 'signed') throw notFound();
    const stored = await storedAddendum(deps.db, deps, ctx.clinicId, visit, seq);
    await deps.audit.record(auditOf(ctx, 'export', 'addendum', [visitId], visit.patientId));
    const shown = JSON.parse(stored.snapshot) as AddendumSnapshot;
    const day = dateInZone(visit.visitAt, shown.clinic.timeZone);
    return storedDocument(stored, `visit-addendum-${seq}-${fileStem(shown.patient)}-${day}`);
  },

  /**
   * The referral letter of a visit whose engine result carries a referral (NOT_FOUND otherwise),
   * rendered live from the visit as it stands: it is a letter to send, not a signed record. It is
   * written in the clinic's language, or in `language` when the recipient needs another.
   */
  async referralLetter(
    deps: ServiceDeps,
    ctx: RequestContext,
    visitId: string,
    pageSize: PageSizeName | undefined,
    language?: Language,
  ): Promise<RenderedDocument> {
    const visit = await visitWithFindings(deps.db, ctx.clinicId, visitId);
    const dl = await clinicDocumentLanguage(
      deps.db,
      ctx.clinicId,
      language ?? (await loadClinic(deps.db, ctx.clinicId)).language,
      ['reports', 'protocolContent'],
    );
    const model = await gatherReferralLetter(deps.db, ctx.clinicId, visit, pageSize, dl);
    const pdf = await renderReferralLetter(model, dl);
    await deps.audit.record(auditOf(ctx, 'export', 'referral_letter', [visitId], visit.patientId));
    const day = dateInZone(visit.visitAt, model.clinic.timeZone);
    return { pdf, filename: `referral-letter-${fileStem(model.patient)}-${day}.pdf` };
  },

  /** The plain-language patient handout of a visit, in the patient's language (else the clinic's). */
  async handout(
    deps: ServiceDeps,
    ctx: RequestContext,
    visitId: string,
    pageSize: PageSizeName | undefined,
  ): Promise<RenderedDocument> {
    const db = deps.db;
    const visit = await visitWithFindings(db, ctx.clinicId, visitId);
    const [patient, clinic, practitioner, { language: clinicLanguage }] = await Promise.all([
      patientOf(db, ctx.clinicId, visit.patientId),
      clinicOf(db, ctx.clinicId),
      practitionerById(db, ctx.clinicId, visit.signedBy ?? visit.practitionerId),
      loadClinic(db, ctx.clinicId),
    ]);
    const visitDate = dateInZone(visit.visitAt, clinic.timeZone);
    const pdf = await renderPatientHandout(
      {
        clinic: { name: clinic.name, address: clinic.address, phone: clinic.phone ?? null },
        practitioner,
        patient: { givenName: patient.givenName, familyName: patient.familyName },
        chartNumber: patient.chartNumber,
        visitDate,
        category: treatedCategory(visit),
        referral: visit.engine.analysis.referral !== null,
        homeCare: visit.record.homeCare,
        createdAt: new Date(visit.signedAt ?? visit.updatedAt),
      },
      pageSize ?? defaultPageSize(clinic.timeZone),
      await clinicDocumentLanguage(db, ctx.clinicId, patient.language ?? clinicLanguage, [
        'handout',
        'reports',
      ]),
    );
    await deps.audit.record(auditOf(ctx, 'export', 'patient_handout', [visitId], visit.patientId));
    return {
      pdf,
      filename: `patient-handout-${fileStem({ name: patient.givenName, chartNumber: patient.chartNumber })}-${visitDate}.pdf`,
    };
  },

  /**
   * The progress report of a period (default: from the first visit or questionnaire to today), in the
   * clinic's language.
   */
  async progressReport(
    deps: ServiceDeps,
    ctx: RequestContext,
    patientId: string,
    query: ProgressReportQuery,
  ): Promise<RenderedDocument> {
    const db = deps.db;
    const dl = await clinicDocumentLanguage(db, ctx.clinicId, (await loadClinic(db, ctx.clinicId)).language, [
      'reports',
      'protocolContent',
    ]);
    const [patient, clinic, episodes, visitRows, responses, names, settings] = await Promise.all([
      patientOf(db, ctx.clinicId, patientId),
      clinicOf(db, ctx.clinicId),
      episodeRepository.listByPatient(db, ctx.clinicId, patientId),
      visitRepository.listByPatient(db, ctx.clinicId, patientId),
      questionnaireRepository.listByPatient(db, ctx.clinicId, patientId),
      indicatorNames(db, ctx.clinicId, dl),
      loadOutcomeSettings(db, ctx.clinicId),
    ]);
    const tz = clinic.timeZone;
    const now = deps.clock();
    const dayOf = (iso: string) => dateInZone(iso, tz);
    const earliest = [
      ...visitRows.map((v) => dayOf(v.visitAt)),
      ...responses.map((r) => dayOf(r.administeredAt)),
    ].sort()[0];
    const to = query.to ?? dayOf(now.toISOString());
    const from = query.from ?? earliest ?? to;
    const inPeriod = (iso: string) => dayOf(iso) >= from && dayOf(iso) <= to;
    const visits = visitRows.filter((v) => inPeriod(v.visitAt)).reverse();
    const series: ProgressSeries[] = progressSeries(responses, settings.nprsBands)
      .map((s) => ({ ...s, points: s.points.filter((p) => inPeriod(p.administeredAt)) }))
      .filter((s) => s.points.length > 0);
    const episode: Episode | null =
      episodes.find((e) => e.startDate <= to && (e.endDate === null || e.endDate >= from)) ?? null;
    const lastVisit = visits[visits.length - 1];
    const practitioner = await practitionerById(
      db,
      ctx.clinicId,
      lastVisit === undefined ? ctx.userId : (lastVisit.signedBy ?? lastVisit.practitionerId),
    );
    // Read from each visit's stored engine result as it is, never re-derived from the findings.
    const progressVisits: ProgressVisit[] = visits.map((v) => ({
      visitAt: v.visitAt,
      type: v.type,
      signed: v.status === 'signed',
      category: v.engine.analysis.category,
      side: v.engine.analysis.side,
      level: v.engine.analysis.level,
      treated: v.treatedCategory?.category ?? null,
      summary: v.engine.verification.summary,
      indicators: v.engine.verification.items.filter(positiveBefore).map((i) => ({
        indicator: i.indicator,
        ...(i.site === undefined ? {} : { site: i.site }),
        side: i.side,
        cleared: i.change === 'cleared',
      })),
    }));
    const name = dl.personName(patient);
    const pdf = await renderProgressReport(
      {
        clinic: { name: clinic.name, address: clinic.address },
        practitioner,
        timeZone: tz,
        patient: { name, chartNumber: patient.chartNumber, dateOfBirth: patient.dateOfBirth },
        period: { from, to },
        episode,
        series,
        visits: progressVisits,
        indicatorName: names,
        createdAt: now,
      },
      query.pageSize ?? defaultPageSize(tz),
      dl,
    );
    await deps.audit.record(auditOf(ctx, 'export', 'progress_report', [patientId], patientId));
    return {
      pdf,
      filename: `progress-report-${fileStem({ name, chartNumber: patient.chartNumber })}-${from}-to-${to}.pdf`,
    };
  },
};
