import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import SQLite from 'better-sqlite3';
import { withStatementCache } from './statement-cache';

function withDatabase(work: (database: SQLite.Database) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'statement-cache-'));
  const database = new SQLite(join(dir, 'test.db'));
  try {
    database.exec('create table t (n integer)');
    work(database);
  } finally {
    database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the same SQL text gets the same compiled statement', () => {
  withDatabase((database) => {
    const cached = withStatementCache(database);
    const first = cached.prepare('insert into t (n) values (?)');
    assert.equal(cached.prepare('insert into t (n) values (?)'), first);
    assert.notEqual(cached.prepare('select n from t'), first);
    first.run([1]);
    first.run([2]);
    assert.deepEqual(cached.prepare('select n from t order by n').all([]), [{ n: 1 }, { n: 2 }]);
  });
});

test('a statement busy in a streamed read is not handed out again', () => {
  withDatabase((database) => {
    database.exec('insert into t (n) values (1), (2), (3)');
    const cached = withStatementCache(database);
    const sql = 'select n from t order by n';
    const rows = cached.prepare(sql).iterate([]);
    assert.deepEqual(rows.next().value, { n: 1 });
    // The same text while the first is mid-iteration: sharing it would throw "statement is busy".
    assert.deepEqual(cached.prepare(sql).all([]), [{ n: 1 }, { n: 2 }, { n: 3 }]);
    assert.deepEqual([...rows], [{ n: 2 }, { n: 3 }]);
  });
});

test('keeps at most 500 texts, dropping the least recently used', () => {
  withDatabase((database) => {
    const cached = withStatementCache(database);
    const text = (i: number) => `select ${i} as n from t`;
    const zero = cached.prepare(text(0));
    const one = cached.prepare(text(1));
    for (let i = 2; i <= 500; i += 1) {
      if (i === 250) cached.prepare(text(0)); // used again: no longer the oldest
      cached.prepare(text(i));
    }
    // 501 texts: the 501st pushed out text 1, the least recently used; text 0 stays.
    assert.equal(cached.prepare(text(0)), zero);
    assert.notEqual(cached.prepare(text(1)), one);
  });
});
