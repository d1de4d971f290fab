import type { QuestionnaireResponse, QuestionnaireWording, StoredAnswer } from '@sotchart/contract';
import type { InstrumentId, OutcomeScore } from '@sotchart/engine';
import type { Kysely, Selectable } from 'kysely';
import type { Database, QuestionnaireResponseTable } from '../database';
import { fromJson, toJson } from '../json';

type Row = Selectable<QuestionnaireResponseTable>;
/** A stored questionnaire without its item answers (they live in questionnaire_answer). */
export type QuestionnaireRow = Omit<QuestionnaireResponse, 'answers'>;

function toResponse(r: Row): QuestionnaireRow {
  return {
    id: r.id,
    patientId: r.patient_id,
    episodeId: r.episode_id,
    instrumentId: r.instrument_id as InstrumentId,
    instrumentVersion: r.instrument_version,
    administeredAt: r.administered_at,
    source: r.source as QuestionnaireResponse['source'],
    enteredBy: r.entered_by,
    score: fromJson<OutcomeScore>(r.score),
    engineVersion: r.engine_version,
    createdAt: r.created_at,
    ...(r.wording === null ? {} : { wording: fromJson<QuestionnaireWording | null>(r.wording) }),
  };
}

export const questionnaireRepository = {
  async insert(
    db: Kysely<Database>,
    clinicId: string,
    q: QuestionnaireRow,
    kioskLinkId: string | null,
  ): Promise<void> {
    await db
      .insertInto('questionnaire_response')
      .values({
        id: q.id,
        clinic_id: clinicId,
        patient_id: q.patientId,
        episode_id: q.episodeId,
        instrument_id: q.instrumentId,
        instrument_version: q.instrumentVersion,
        administered_at: q.administeredAt,
        source: q.source,
        kiosk_link_id: kioskLinkId,
        entered_by: q.enteredBy,
        status: q.score.status,
        value: q.score.value,
        band: q.score.band?.id ?? null,
        score: toJson(q.score),
        engine_version: q.engineVersion,
        created_at: q.createdAt,
        wording: q.wording === undefined ? null : toJson(q.wording),
      })
      .execute();
  },

  /** Every item answer of one questionnaire, in item order, in one statement. */
  async insertAnswers(
    db: Kysely<Database>,
    clinicId: string,
    responseId: string,
    answers: readonly StoredAnswer[],
  ): Promise<void> {
    if (answers.length === 0) return;
    await db
      .insertInto('questionnaire_answer')
      .values(
        answers.map((a, position) => ({
          response_id: responseId,
          clinic_id: clinicId,
          position,
          item_id: a.itemId,
          label: a.label,
          value: a.value,
        })),
      )
      .execute();
  },

  /** A patient's questionnaires, oldest first. */
  async listByPatient(
    db: Kysely<Database>,
    clinicId: string,
    patientId: string,
  ): Promise<QuestionnaireRow[]> {
    const rows = await db
      .selectFrom('questionnaire_response')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('patient_id', '=', patientId)
      .orderBy('administered_at')
      .orderBy('id')
      .execute();
    return rows.map(toResponse);
  },

  /** The item answers of the given questionnaires, by questionnaire id, each in item order. */
  async listAnswers(
    db: Kysely<Database>,
    clinicId: string,
    responseIds: readonly string[],
  ): Promise<Map<string, StoredAnswer[]>> {
    const byResponse = new Map<string, StoredAnswer[]>();
    if (responseIds.length === 0) return byResponse;
    const rows = await db
      .selectFrom('questionnaire_answer')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('response_id', 'in', [...responseIds])
      .orderBy('response_id')
      .orderBy('position')
      .execute();
    for (const r of rows) {
      const list = byResponse.get(r.response_id) ?? [];
      list.push({ itemId: r.item_id, label: r.label, value: r.value });
      byResponse.set(r.response_id, list);
    }
    return byResponse;
  },
};
