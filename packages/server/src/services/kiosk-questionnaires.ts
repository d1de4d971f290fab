import type { CreateKioskLink, KioskQuestionnaire } from '@sotchart/contract';
import type { InstrumentId } from '@sotchart/engine';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import type { StoredKioskLink } from '../db/repositories/kiosk-link.repository';
import { questionnaireRepository } from '../db/repositories/questionnaire.repository';
import { AppError, validationFailed } from '../errors';
import { patientInstrumentForms } from './instrument.service';
import { scheduleFor } from './questionnaire-schedule.service';

/**
 * The instruments a new link hands over, in order: the one asked for, or every one the clinic's
 * schedule has due or overdue for the patient today (none due is a refusal: an empty hand-over
 * would only puzzle the patient).
 */
export async function linkInstruments(
  db: Kysely<Database>,
  clinicId: string,
  patientId: string,
  input: CreateKioskLink,
  now: Date,
): Promise<InstrumentId[]> {
  switch (input.kind) {
    case 'questionnaire':
      return [input.instrumentId];
    case 'due_questionnaires': {
      const responses = await questionnaireRepository.listByPatient(db, clinicId, patientId);
      const schedule = await scheduleFor(db, clinicId, patientId, responses, now);
      const due = schedule.items
        .filter((i) => i.status === 'due' || i.status === 'overdue')
        .map((i) => i.instrumentId);
      if (due.length === 0)
        throw validationFailed([
          { path: 'kind', message: 'no questionnaire is due for this patient today: choose one instead' },
        ]);
      return due;
    }
    case 'intake':
    case 'consent':
      return [];
    default: {
      const unknownKind: never = input;
      throw new Error(`unknown kiosk link kind ${JSON.stringify(unknownKind)}`);
    }
  }
}

/** PSFS follow-ups rate again the activities the patient named last time. */
async function psfsActivities(
  db: Kysely<Database>,
  link: StoredKioskLink,
): Promise<KioskQuestionnaire['activities']> {
  const earlier = (await questionnaireRepository.listByPatient(db, link.clinicId, link.patientId)).filter(
    (r) => r.instrumentId === 'psfs',
  );
  const last = earlier[earlier.length - 1];
  if (last === undefined) return [];
  const answers = await questionnaireRepository.listAnswers(db, link.clinicId, [last.id]);
  return (answers.get(last.id) ?? []).map((a) => ({ id: a.itemId, label: a.label ?? a.itemId }));
}

/**
 * The link's questionnaires the patient has still to answer, in order, each worded in the patient's
 * language (else the clinic's): the clinic's loaded text pack, a built-in translation, else English.
 */
export async function remainingQuestionnaires(
  db: Kysely<Database>,
  link: StoredKioskLink,
): Promise<KioskQuestionnaire[]> {
  const forms = await patientInstrumentForms(db, link.clinicId, link.patientId);
  return Promise.all(
    link.instrumentIds.slice(link.answered).map(async (id) => {
      const form = forms.get(id);
      if (form === undefined) throw new AppError('LINK_EXPIRED');
      return { ...form, activities: id === 'psfs' ? await psfsActivities(db, link) : [] };
    }),
  );
}

/**
 * The questionnaire the kiosk's answers are for: the link's next unanswered one. Naming another is
 * refused, so answers never land on the wrong instrument when a tablet is out of step.
 */
export function nextInstrument(link: StoredKioskLink, requested: InstrumentId | undefined): InstrumentId {
  const next = link.instrumentIds[link.answered];
  if (next === undefined) throw new AppError('LINK_EXPIRED');
  if (requested !== undefined && requested !== next)
    throw validationFailed([
      { path: 'instrumentId', message: `must be ${next}: the link's next questionnaire` },
    ]);
  return next;
}
