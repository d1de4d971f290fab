import { loadConfig } from '../config';
import { openDatabase } from '../db/connect';
import { migrateToLatest } from '../db/migrations';

/** `sotchart migrate`: bring the database schema to the latest migration. */
export async function migrateCommand(): Promise<number> {
  const handle = await openDatabase(loadConfig());
  try {
    const applied = await migrateToLatest(handle.db);
    console.log(applied.length === 0 ? 'Schema is up to date.' : `Applied ${applied.join(', ')}.`);
    return 0;
  } finally {
    await handle.close();
  }
}
