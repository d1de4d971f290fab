import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { healthRepository } from '../db/repositories/health.repository';

export const healthService = {
  /** Whether the database answers now: a failure is the answer (the server is degraded), not an error. */
  databaseAnswers(db: Kysely<Database>): Promise<boolean> {
    return healthRepository.ping(db).then(
      () => true,
      () => false,
    );
  },
};
