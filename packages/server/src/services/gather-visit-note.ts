import { defaultPageSize, type PageSizeName, type Visit } from '@sotchart/contract';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { episodeRepository } from '../db/repositories/episode.repository';
import { questionnaireRepository } from '../db/repositories/questionnaire.repository';
import { visitRepository } from '../db/repositories/visit.repository';
import { clinicDocumentLanguage } from '../reports/clinic-document-language';
import type { DocumentLanguage } from '../reports/document-language';
import { translatedPackNames } from '../reports/documents/protocol-names';
import type { FreezeStamp, NoteOutcome, VisitNoteSnapshot } from '../reports/documents/visit-note-snapshot';
import { dateInZone } from './clinic-date';
import { clinicWithLanguage, patientOf, practitionerById } from './document-sources';
import { progressSeries } from './outcome-progress';
import { packOfRef } from './protocol.service';
import { loadOutcomeSettings } from './questionnaire-schedule.service';

/** Every indicator and screen id the visit's findings and engine result mention. */
function mentionedIds(visit: Visit): Set<string> {
  const { analysis, plan, verification } = visit.engine;
  return new Set([
    ...visit.findings.map((f) => f.indicator),
    ...verification.items.map((i) => i.indicator),
    ...analysis.counted.map((c) => c.indicator),
    ...analysis.contraindications,
    ...(analysis.referral?.flags ?? []),
    ...(plan?.missing ?? []),
    ...(plan?.recheck ?? []),
  ]);
}

/** The questionnaires scored on the visit's day in the clinic's zone, with their change from baseline. */
async function sameDayOutcomes(
  db: Kysely<Database>,
  clinicId: string,
  visit: Visit,
  timeZone: string,
  dl: DocumentLanguage,
): Promise<NoteOutcome[]> {
  const [responses, settings] = await Promise.all([
    questionnaireRepository.listByPatient(db, clinicId, visit.patientId),
    loadOutcomeSettings(db, clinicId),
  ]);
  const visitDay = dateInZone(visit.visitAt, timeZone);
  const sameDay = responses.filter((r) => dateInZone(r.administeredAt, timeZone) === visitDay);
  return progressSeries(sameDay, settings.nprsBands).flatMap((s) =>
    s.points.map((p) => ({
      // A translation that is not a published, validated one is marked wherever its scores show.
      name: s.wording?.validated === false ? dl.t('outcome.unvalidated', { name: s.name }) : s.name,
      value: p.value,
      unit: s.unit,
      band: p.band,
      change:
        p.delta === null
          ? null
          : dl.t('outcome.change', {
              delta: `${p.delta > 0 ? '+' : ''}${dl.number(p.delta)}`,
              verdict: p.verdict ?? 'none',
            }),
    })),
  );
}

/**
 * Gathers everything the visit note shows from the database as it stands, in one place: the patient,
 * clinic, signer (or charting practitioner), episode, same-day questionnaires, the visit with its
 * engine result, the addenda already there, and the names of what it mentions in the visit's own
 * protocol pack, in the note's language: for a signed visit the one fixed at signing
 * (`visit.noteLanguage`), else the clinic's. The note renders from this snapshot alone. `freeze` is
 * null for a live draft; the page size defaults to the clinic's usual paper.
 */
export async function gatherVisitNote(
  db: Kysely<Database>,
  clinicId: string,
  visit: Visit,
  options: { readonly freeze: FreezeStamp | null; readonly pageSize?: PageSizeName | undefined },
): Promise<VisitNoteSnapshot> {
  const { clinic, language: clinicLanguage } = await clinicWithLanguage(db, clinicId);
  const language = visit.noteLanguage ?? clinicLanguage;
  const dl = await clinicDocumentLanguage(db, clinicId, language, [
    'reports',
    'protocolContent',
    'narrative',
  ]);
  const [patient, episode, practitioner, addenda, { pack }, outcomes] = await Promise.all([
    patientOf(db, clinicId, visit.patientId),
    visit.episodeId === null ? undefined : episodeRepository.findById(db, clinicId, visit.episodeId),
    practitionerById(db, clinicId, visit.signedBy ?? visit.practitionerId),
    visitRepository.listAddenda(db, clinicId, visit.id),
    packOfRef(db, clinicId, visit.engine.packRef),
    sameDayOutcomes(db, clinicId, visit, clinic.timeZone, dl),
  ]);
  const authors = new Map(
    await Promise.all(
      [...new Set(addenda.map((a) => a.authorId))].map(
        async (id) => [id, await practitionerById(db, clinicId, id)] as const,
      ),
    ),
  );
  const names = translatedPackNames(pack, dl);
  return {
    format: 1,
    pageSize: options.pageSize ?? defaultPageSize(clinic.timeZone),
    language,
    clinic,
    patient: {
      id: patient.id,
      name: dl.personName(patient),
      chartNumber: patient.chartNumber,
      dateOfBirth: patient.dateOfBirth,
      sex: patient.sex,
    },
    visit,
    episode: episode ?? null,
    practitioner,
    outcomes,
    addenda: addenda.map((a) => ({
      seq: a.seq,
      authorName: authors.get(a.authorId)?.nameAsSigned ?? 'Unknown author',
      signedAt: a.signedAt,
    })),
    names: Object.fromEntries(
      [...mentionedIds(visit)].sort().flatMap((id) => {
        const name = names.get(id);
        return name === undefined ? [] : [[id, name]];
      }),
    ),
    freeze: options.freeze,
  };
}
