import { engineInputOf, type Visit } from '@sotchart/contract';
import { runEngine, type EngineResult, type ProtocolPack } from '@sotchart/engine';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { episodeRepository } from '../db/repositories/episode.repository';

/**
 * The engine's result for a visit, as the server stores it: `runEngine` on the visit's findings,
 * override reasons and treatment, with the episode's care phase and ABN for the coding suggestion.
 * The same assembly (`engineInputOf`) runs in the browser and the CLI.
 */
export async function visitEngineResult(
  db: Kysely<Database>,
  clinicId: string,
  visit: Pick<Visit, 'findings' | 'overrides' | 'record' | 'episodeId'>,
  pack: ProtocolPack,
): Promise<EngineResult> {
  const episode =
    visit.episodeId === null ? undefined : await episodeRepository.findById(db, clinicId, visit.episodeId);
  return runEngine(engineInputOf(visit, episode ?? null), pack);
}
