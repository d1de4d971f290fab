import type { InstrumentForm, TextPackSummary } from '@sotchart/contract';
import {
  applyTextPack,
  chooseTextPack,
  instrumentIds,
  instruments,
  type InstrumentId,
  type TextPack,
} from '@sotchart/engine';
import type { Kysely } from 'kysely';
import type { RequestContext } from '../auth/request-context';
import type { Database } from '../db/database';
import { outcomeTextPackRepository } from '../db/repositories/outcome-text-pack.repository';
import { validationFailed } from '../errors';
import { auditOf, type ServiceDeps } from './service-deps';

/**
 * Every instrument as a form in the language the patient reads (`language`): the clinic's loaded
 * wording in that language first, then SOT Chart's built-in translation, else English (the clinic's
 * English pack, or the shipped titles).
 */
export async function instrumentForms(
  db: Kysely<Database>,
  clinicId: string,
  language: string,
): Promise<Map<InstrumentId, InstrumentForm>> {
  // A stored pack was valid when loaded; should an engine update stop it fitting, it is passed over.
  const packs = (await outcomeTextPackRepository.list(db, clinicId))
    .map((p) => p.pack)
    .filter((pack) => applyTextPack(instruments[pack.instrumentId], pack).ok);
  return new Map(
    instrumentIds.map((id) => {
      const definition = instruments[id];
      const pack = chooseTextPack(id, language, packs);
      const applied = pack === null ? null : applyTextPack(definition, pack);
      return [id, { definition, wording: applied?.ok === true ? applied.value : null }];
    }),
  );
}

/** The forms a patient (or, without one, the clinic's language) reads questionnaires in. */
export async function patientInstrumentForms(
  db: Kysely<Database>,
  clinicId: string,
  patientId: string | null,
): Promise<Map<InstrumentId, InstrumentForm>> {
  const language = await outcomeTextPackRepository.readerLanguage(db, clinicId, patientId);
  return instrumentForms(db, clinicId, language);
}

const summaryOf = (pack: TextPack, updatedAt: string): TextPackSummary => ({
  instrumentId: pack.instrumentId,
  version: pack.version,
  language: pack.language,
  licence: pack.licence ?? null,
  source: pack.source ?? null,
  validated: pack.validated ?? null,
  updatedAt,
});

export const instrumentService = {
  /** The forms in the patient's language (else the clinic's), or in `language` when asked for one. */
  async list(
    deps: ServiceDeps,
    ctx: RequestContext,
    query: { readonly patientId?: string; readonly language?: string } = {},
  ): Promise<InstrumentForm[]> {
    const forms =
      query.language === undefined
        ? await patientInstrumentForms(deps.db, ctx.clinicId, query.patientId ?? null)
        : await instrumentForms(deps.db, ctx.clinicId, query.language);
    return [...forms.values()];
  },

  async listTextPacks(deps: ServiceDeps, ctx: RequestContext): Promise<TextPackSummary[]> {
    const packs = await outcomeTextPackRepository.list(deps.db, ctx.clinicId);
    // A pack that no longer fits (loaded before a stricter check) is not in use, so it is not listed.
    return packs
      .filter(({ pack }) => applyTextPack(instruments[pack.instrumentId], pack).ok)
      .map(({ pack, updatedAt }) => summaryOf(pack, updatedAt));
  },

  /** Loads licensed wording or a translation for one instrument; the engine checks it fits. */
  async putTextPack(deps: ServiceDeps, ctx: RequestContext, pack: TextPack): Promise<TextPackSummary> {
    const applied = applyTextPack(instruments[pack.instrumentId], pack);
    if (!applied.ok) throw validationFailed(applied.error.details);
    const at = deps.clock().toISOString();
    await deps.db.transaction().execute(async (trx) => {
      await outcomeTextPackRepository.put(trx, ctx.clinicId, pack, at, ctx.userId);
      await deps.audit.within(trx, auditOf(ctx, 'update', 'outcome_text_pack', [pack.instrumentId], null));
    });
    return summaryOf(pack, at);
  },
};
