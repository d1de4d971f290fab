import { join, resolve } from 'node:path';
import { loadConfig } from '../config';
import { restoreSqlite } from '../db/backup';

/**
 * `sotchart restore <file> [--force]`: puts a backup made by `sotchart backup` in place as the SQLite
 * database of DATA_DIR. Stop the server first; an existing database is replaced only with --force and
 * is kept beside the restored one. PostgreSQL is restored with pg_restore (see docs/operations.md).
 */
export async function restoreCommand(args: readonly string[]): Promise<number> {
  const force = args.includes('--force');
  const files = args.filter((a) => a !== '--force');
  const [file] = files;
  if (file === undefined || file.startsWith('-') || files.length > 1) {
    console.error('Usage: sotchart restore <file> [--force]');
    return 2;
  }
  const config = loadConfig();
  if (config.databaseUrl !== undefined) {
    console.error(
      'This server uses PostgreSQL: restore it with pg_restore (see docs/operations.md). `sotchart restore` restores the embedded SQLite database.',
    );
    return 2;
  }
  const summary = await restoreSqlite(resolve(file), join(config.dataDir, 'sotchart.db'), { force });
  console.log(`Restored ${resolve(file)} into ${summary.file}.`);
  if (summary.migrated.length > 0) console.log(`Brought it up to date: ${summary.migrated.join(', ')}.`);
  if (summary.previous !== null) console.log(`The database it replaced is kept as ${summary.previous}.`);
  return 0;
}
