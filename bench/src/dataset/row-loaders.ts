import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import type { RowBatch } from './generate-rows';

/** Writes batches of generated rows; `close` flushes and releases the connection. */
export interface RowLoader {
  load(batch: RowBatch): Promise<void>;
  close(): Promise<void>;
}

const tables = ['patient', 'patient_search_key', 'patient_typo_key', 'episode', 'visit', 'finding'] as const;

/**
 * SQLite: one transaction per batch with prepared single-row inserts (SQLite's fastest bulk path),
 * synchronous=OFF while loading (it is a benchmark fixture, rebuilt if a crash leaves it half done),
 * then a WAL checkpoint and ANALYZE so the planner sees the real table sizes.
 */
export function sqliteLoader(file: string): RowLoader {
  const db = new SQLite(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  db.pragma('foreign_keys = ON');
  db.pragma('cache_size = -1000000');
  const statements = new Map<string, { statement: SQLite.Statement; columns: string[] }>();
  const statementFor = (table: string, row: Record<string, unknown>) => {
    let prepared = statements.get(table);
    if (prepared === undefined) {
      const columns = Object.keys(row);
      const statement = db.prepare(
        `insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`,
      );
      prepared = { statement, columns };
      statements.set(table, prepared);
    }
    return prepared;
  };
  const write = db.transaction((batch: RowBatch) => {
    for (const table of tables) {
      const rows: readonly Record<string, unknown>[] = batch[table];
      const first = rows[0];
      if (first === undefined) continue;
      const { statement, columns } = statementFor(table, first);
      for (const row of rows) statement.run(columns.map((c) => row[c] ?? null));
    }
  });
  return {
    load: (batch) => {
      write(batch);
      return Promise.resolve();
    },
    close: () => {
      db.pragma('wal_checkpoint(TRUNCATE)');
      // Sampled statistics: a full ANALYZE of a 15 GB file takes many minutes and plans no better.
      db.pragma('analysis_limit = 1000');
      db.exec('analyze');
      db.close();
      return Promise.resolve();
    },
  };
}

/** A value in COPY's text format: \N for null, and backslash, tab, newline and return escaped. */
function copyValue(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  const text = String(value);
  return /[\\\t\n\r]/.test(text)
    ? text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
    : text;
}

/**
 * PostgreSQL through COPY: one `psql` per table streams every batch into a single `COPY … FROM STDIN`
 * (text format), with synchronous_commit off and foreign-key triggers skipped for those sessions only.
 * Far less work on both sides than inserts; the tables load in parallel. ANALYZE at the end.
 */
export function postgresCopyLoader(url: string): RowLoader {
  const copies = new Map<string, { child: ChildProcess; done: Promise<void>; columns: string[] }>();
  const open = (table: string, columns: string[]) => {
    const child = spawn(
      'psql',
      [
        url,
        '-v',
        'ON_ERROR_STOP=1',
        '-q',
        '-c',
        'set synchronous_commit = off',
        '-c',
        'set session_replication_role = replica',
        '-c',
        `\\copy ${table} (${columns.join(', ')}) from pstdin`,
      ],
      { stdio: ['pipe', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
    const done = new Promise<void>((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`COPY into ${table} failed (${code}): ${stderr}`)),
      );
    });
    return { child, done, columns };
  };
  const write = async (table: string, rows: readonly Record<string, unknown>[]): Promise<void> => {
    const first = rows[0];
    if (first === undefined) return;
    let copy = copies.get(table);
    if (copy === undefined) {
      copy = open(table, Object.keys(first));
      copies.set(table, copy);
    }
    const { columns, child } = copy;
    const text = rows.map((row) => columns.map((c) => copyValue(row[c])).join('\t')).join('\n') + '\n';
    if (!child.stdin?.write(text)) await once(child.stdin as NodeJS.WritableStream, 'drain');
  };
  return {
    load: async (batch) => {
      for (const table of tables) await write(table, batch[table]);
    },
    close: async () => {
      for (const copy of copies.values()) copy.child.stdin?.end();
      await Promise.all([...copies.values()].map((c) => c.done));
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query('analyze');
      await client.end();
    },
  };
}
