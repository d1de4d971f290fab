import type { InstrumentForm, TextPackSummary } from '@sotchart/contract';
import {
  applyTextPack,
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

/** Every instrument as a form, with the clinic's wording laid over the shipped titles where it loaded some. */
export async function instrumentForms(
  db: Kysely<Database>,
  clinicId: string,
): Promise<Map<InstrumentId, InstrumentForm>> {
  const packs = new Map(
    (await outcomeTextPackRepository.list(db, clinicId)).map((p) => [p.pack.instrumentId, p.pack]),
  );
  return new Map(
    instrumentIds.map((id) => {
      const definition = instruments[id];
      const pack = packs.get(id);
      const applied = pack === undefined ? null : applyTextPack(definition, pack);
      // A stored pack was valid when loaded; should an engine update stop it fitting, the form falls back to titles.
      return [id, { definition, wording: applied?.ok === true ? applied.value : null }];
    }),
  );
}

const summaryOf = (pack: TextPack, updatedAt: string): TextPackSummary => ({
  instrumentId: pack.instrumentId,
  version: pack.version,
  language: pack.language,
  licence: pack.licence ?? null,
  updatedAt,
});

export const instrumentService = {
  async list(deps: ServiceDeps, ctx: RequestContext): Promise<InstrumentForm[]> {
    return [...(await instrumentForms(deps.db, ctx.clinicId)).values()];
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
