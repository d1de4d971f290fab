import { loadConfig } from '../config';
import { openDatabase } from '../db/connect';
import { migrateToLatest } from '../db/migrations';
import { runBackfills } from '../db/backfills/run-backfills';
import { uuidv7 } from 'uuidv7';

/** `sotchart migrate`: bring the database schema to the latest migration, then run pending backfills. */
export async function migrateCommand(): Promise<number> {
  const handle = await openDatabase(loadConfig());
  try {
    const applied = await migrateToLatest(handle.db);
    console.log(applied.length === 0 ? 'Schema is up to date.' : `Applied ${applied.join(', ')}.`);
    const backfilled = await runBackfills(handle, { clock: () => new Date(), newId: uuidv7 });
    if (backfilled.length > 0) console.log(`Backfilled ${backfilled.join(', ')}.`);
    return 0;
  } finally {
    await handle.close();
  }
}
