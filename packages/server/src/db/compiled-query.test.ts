import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { compiledOnce } from './compiled-query';
import { openSqliteFile } from './connect';

interface Tables {
  t: { id: string; kind: string; n: number };
}

describe(compiledOnce.name, () => {
  const dir = mkdtempSync(join(tmpdir(), 'compiled-query-'));
  const handle = openSqliteFile(join(dir, 'test.db'));
  after(async () => {
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('runs the query compiled once with each call’s values, keeping its own constants', async () => {
    await sql`create table t (id text, kind text, n integer)`.execute(handle.db);
    await sql`insert into t values ('a', 'x', 1), ('b', 'x', 2), ('c', 'y', 3)`.execute(handle.db);
    let builds = 0;
    const find = compiledOnce((db, id: string) => {
      builds += 1;
      const t = db as unknown as Kysely<Tables>;
      return t.selectFrom('t').select(['id', 'n']).where('kind', '=', 'x').where('id', '=', id);
    });
    assert.deepEqual(await find(handle.db, 'a'), [{ id: 'a', n: 1 }]);
    assert.deepEqual(await find(handle.db, 'b'), [{ id: 'b', n: 2 }]);
    assert.deepEqual(await find(handle.db, 'c'), []);
    assert.equal(builds, 1);
  });

  test('refuses a query that does not use its value', async () => {
    const broken = compiledOnce((db, _id: string) => {
      const t = db as unknown as Kysely<Tables>;
      return t.selectFrom('t').select('id');
    });
    await assert.rejects(broken(handle.db, 'a'), /does not use each of its 1 values/);
  });
});
