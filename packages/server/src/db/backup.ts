import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { StartupError } from '../startup-error';
import { migrateToLatest } from './migrations';
import { openSqliteFile } from './connect';

/** What a backup or restore wrote. */
export interface BackupSummary {
  readonly file: string;
  readonly bytes: number;
}

/** The side files SQLite keeps beside a database in WAL mode. */
const sideFiles = ['-wal', '-shm'] as const;

function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Takes a copied database out of WAL mode, so the backup is one self-contained file. */
function singleFile(file: string): void {
  const db = new SQLite(file, { fileMustExist: true });
  try {
    db.pragma('journal_mode = delete');
  } finally {
    db.close();
  }
}

/** Problems `integrity_check` finds in a SQLite file, or why it is not a SOT Chart database. */
export function sqliteFileProblems(file: string): string[] {
  let db: SQLite.Database;
  try {
    db = new SQLite(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    return [`cannot open it: ${(error as Error).message}`];
  }
  try {
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    const problems = rows.map((r) => r.integrity_check).filter((r) => r !== 'ok');
    const migrations = db
      .prepare("select count(*) as n from sqlite_master where type = 'table' and name = 'kysely_migration'")
      .get() as { n: number };
    if (migrations.n === 0) problems.push('it holds no SOT Chart schema (no migration table)');
    return problems;
  } catch (error) {
    return [`not a readable SQLite database: ${(error as Error).message}`];
  } finally {
    db.close();
  }
}

/**
 * Copies a live SQLite database to `target` with SQLite's online backup API, in one step: the copy is
 * made inside a single read transaction, so it is one consistent moment of the database even while a
 * server keeps writing (in WAL mode readers never block the writer). The copy is written beside the
 * target, synced, checked with `integrity_check`, then renamed into place; an existing file is refused.
 */
export async function backupSqlite(source: string, target: string): Promise<BackupSummary> {
  if (!existsSync(source)) throw new StartupError(`There is no database at ${source}; check DATA_DIR.`);
  if (existsSync(target)) throw new StartupError(`${target} already exists; choose a new file name.`);
  if (!existsSync(dirname(target))) throw new StartupError(`The folder of ${target} does not exist.`);
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  const db = new SQLite(source, { fileMustExist: true, timeout: 5000 });
  try {
    // The first step only measures the database; the second copies every page at once.
    await db.backup(partial, { progress: () => 0x7fffffff });
  } finally {
    db.close();
  }
  singleFile(partial);
  const problems = sqliteFileProblems(partial);
  if (problems.length > 0) {
    rmSync(partial, { force: true });
    throw new Error(`The backup failed its integrity check: ${problems.slice(0, 5).join('; ')}`);
  }
  fsyncPath(partial);
  renameSync(partial, target);
  fsyncPath(dirname(target));
  return { file: target, bytes: statSync(target).size };
}

/** True when another process (a running server) has the database open. */
function inUse(file: string): boolean {
  const db = new SQLite(file, { fileMustExist: true, timeout: 1000 });
  try {
    db.pragma('locking_mode = exclusive');
    db.exec('begin exclusive');
    db.exec('commit');
    return false;
  } catch {
    return true;
  } finally {
    db.close();
  }
}

export interface RestoreSummary extends BackupSummary {
  /** Where the database that was replaced now is, when there was one. */
  readonly previous: string | null;
  /** Migrations applied to bring an older backup up to this version. */
  readonly migrated: readonly string[];
}

/**
 * Puts a backup in place as the database at `target`. The backup is checked first; a database already
 * at `target` is replaced only with `force`, never while a server has it open, and is kept beside it
 * (renamed with the time) rather than deleted. An older backup is migrated to the current schema.
 */
export async function restoreSqlite(
  backup: string,
  target: string,
  options: { force: boolean; now?: Date },
): Promise<RestoreSummary> {
  if (!existsSync(backup)) throw new StartupError(`There is no backup at ${backup}.`);
  const problems = sqliteFileProblems(backup);
  if (problems.length > 0) {
    throw new StartupError(`${backup} cannot be restored: ${problems.slice(0, 5).join('; ')}.`);
  }
  const replacing = existsSync(target);
  if (replacing && !options.force) {
    throw new StartupError(
      `A database already exists at ${target}; pass --force to replace it (it is kept beside the restored one).`,
    );
  }
  if (replacing && inUse(target)) {
    throw new StartupError(`The database at ${target} is in use; stop the server before restoring.`);
  }
  mkdirSync(dirname(target), { recursive: true });
  // Copied and migrated beside the target first, so a failure leaves the current database untouched.
  const partial = `${target}.restoring`;
  rmSync(partial, { force: true });
  const source = new SQLite(backup, { readonly: true, fileMustExist: true });
  try {
    await source.backup(partial, { progress: () => 0x7fffffff });
  } finally {
    source.close();
  }
  const handle = openSqliteFile(partial);
  let migrated: string[];
  try {
    migrated = await migrateToLatest(handle.db);
    // Back to a single self-contained file; the server turns WAL on again when it opens it.
    await sql`pragma journal_mode = delete`.execute(handle.db);
  } finally {
    await handle.close();
  }
  fsyncPath(partial);
  let previous: string | null = null;
  if (replacing) {
    const stamp = (options.now ?? new Date()).toISOString().replace(/[:.]/g, '-');
    previous = `${target}.before-restore-${stamp}`;
    renameSync(target, previous);
    for (const side of sideFiles) {
      if (existsSync(`${target}${side}`)) renameSync(`${target}${side}`, `${previous}${side}`);
    }
  }
  renameSync(partial, target);
  fsyncPath(dirname(target));
  return { file: target, bytes: statSync(target).size, previous, migrated };
}
