import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { dialects, freshDatabase } from '@sotchart/test-support';
import { migrateToLatest } from './migrations';

for (const dialect of dialects) {
  describe(`migrateToLatest on ${dialect}`, () => {
    test('applies every migration to an empty database, then nothing on a second run', async () => {
      const database = await freshDatabase(dialect, { migrate: false });
      try {
        const first = await migrateToLatest(database.handle.db);
        assert.equal(first[0], '0001-create-clinic');
        assert.deepEqual(await migrateToLatest(database.handle.db), []);
        const now = new Date().toISOString();
        await database.handle.db
          .insertInto('clinic')
          .values({
            id: 'c1',
            name: 'Harbour Chiropractic',
            time_zone: 'Europe/London',
            address: '',
            is_demo: 0,
            created_at: now,
            updated_at: now,
          })
          .execute();
        const row = await database.handle.db.selectFrom('clinic').selectAll().executeTakeFirstOrThrow();
        assert.equal(row.time_zone, 'Europe/London');
        assert.equal(row.version, 1);
        const count = await sql<{ n: number }>`select count(*) as n from clinic`.execute(database.handle.db);
        assert.equal(Number(count.rows[0]?.n), 1);
      } finally {
        await database.drop();
      }
    });
  });
}
