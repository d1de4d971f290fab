import { join, resolve } from 'node:path';
import { loadConfig } from '../config';
import { backupSqlite } from '../db/backup';

/**
 * `sotchart backup <file>`: a consistent copy of the SQLite database, safe while the server runs.
 * PostgreSQL is backed up with its own tools (pg_dump; see docs/operations.md).
 */
export async function backupCommand(args: readonly string[]): Promise<number> {
  const [file, ...rest] = args;
  if (file === undefined || file.startsWith('-') || rest.length > 0) {
    console.error('Usage: sotchart backup <file>');
    return 2;
  }
  const config = loadConfig();
  if (config.databaseUrl !== undefined) {
    console.error(
      'This server uses PostgreSQL: back it up with pg_dump (see docs/operations.md). `sotchart backup` copies the embedded SQLite database.',
    );
    return 2;
  }
  const summary = await backupSqlite(join(config.dataDir, 'sotchart.db'), resolve(file));
  console.log(
    `Backed up the database to ${summary.file} (${(summary.bytes / 1_048_576).toFixed(1)} MiB, integrity ok).`,
  );
  return 0;
}
