import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import {
  apiClient,
  dialects,
  fixedClock,
  freshDatabase,
  patientInput,
  seededIds,
  signIn,
  testAppOptions,
  type ApiCall,
  type TestDatabase,
} from '@sotchart/test-support';
import { buildApp } from '../../app';
import { rebuildPatientSearchKeys } from '../../db/backfills/rebuild-patient-search-keys';
import { runBackfills } from '../../db/backfills/run-backfills';

type Page = { items: { chartNumber: string }[]; nextCursor: string | null };

/** The patient of issue 21, and neighbours a loose search would wrongly find. */
const patients = [
  { chartNumber: 'SOT-1009', familyName: 'Alvarez', givenName: 'Isabella' },
  { chartNumber: 'SOT-1010', familyName: 'Alvarado', givenName: 'Isobel' },
  { chartNumber: 'SOT-2009', familyName: 'Grant', givenName: 'Isabel' },
  { chartNumber: 'SOT-0042', familyName: "O'Brien", givenName: 'José' },
  { chartNumber: 'SOT-0043', familyName: 'Anders', givenName: 'Ann' },
];

/** Each way of typing of issue 21, with the chart numbers it lists in order (names sort the list). */
const cases: readonly { readonly q: string; readonly found: readonly string[]; readonly why: string }[] = [
  { q: 'Alvarez, Isabella', found: ['SOT-1009'], why: 'the name as the list shows it' },
  { q: 'Isabella Alvarez', found: ['SOT-1009'], why: 'given name first' },
  { q: 'alvarez,isab', found: ['SOT-1009'], why: 'a comma without a space, still being typed' },
  { q: '1009', found: ['SOT-1009'], why: "the chart number's digits alone" },
  { q: '42', found: ['SOT-0042'], why: 'the digits without their leading zeros' },
  { q: 'sot-1009', found: ['SOT-1009'], why: 'the chart number as written' },
  { q: 'isabela', found: ['SOT-1009', 'SOT-2009'], why: 'one letter missing (Isabella), one added (Isabel)' },
  { q: 'alvraez isabella', found: ['SOT-1009'], why: 'two letters swapped' },
  { q: 'Alvarex, Isabella', found: ['SOT-1009'], why: 'one letter changed, as the list shows it' },
  { q: 'obrien jose', found: ['SOT-0042'], why: 'without the apostrophe and the accent' },
  { q: "O'Brien, José", found: ['SOT-0042'], why: 'with them' },
  { q: 'izzabella', found: [], why: 'two typos find no one' },
  { q: 'anm', found: [], why: 'a typo in a word of three letters finds no one' },
];

for (const dialect of dialects) {
  describe(`patient search as people type, on ${dialect}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let api: ApiCall;

    const search = async (q: string, extra = ''): Promise<Page> => {
      const res = await api<Page>('GET', `/api/patients?q=${encodeURIComponent(q)}${extra}`);
      assert.equal(res.status, 200);
      return res.body;
    };
    const chartNumbers = async (q: string): Promise<string[]> =>
      (await search(q)).items.map((p) => p.chartNumber);

    before(async () => {
      database = await freshDatabase(dialect);
      app = await buildApp(testAppOptions(database.handle));
      api = apiClient(app, (await signIn(app, { role: 'owner' })).headers);
      for (const p of patients) {
        const res = await api('POST', '/api/patients', patientInput(p));
        assert.equal(res.status, 201);
      }
    });
    after(async () => {
      await app.close();
      await database.drop();
    });

    for (const { q, found, why } of cases) {
      test(`"${q}" lists ${found.join(', ') || 'no one'} (${why})`, async () => {
        assert.deepEqual(await chartNumbers(q), found);
      });
    }

    test('a search with a typo pages through its matches with the cursor', async () => {
      const first = await search('isabela', '&limit=1');
      assert.deepEqual(
        first.items.map((p) => p.chartNumber),
        ['SOT-1009'],
      );
      assert.ok(first.nextCursor);
      const second = await search('isabela', `&limit=1&cursor=${first.nextCursor}`);
      assert.deepEqual(
        second.items.map((p) => p.chartNumber),
        ['SOT-2009'],
      );
      assert.equal(second.nextCursor, null);
    });

    test('a typo search sorted by chart number keeps that order', async () => {
      const page = await search('isabela', '&sort=chartNumber');
      assert.deepEqual(
        page.items.map((p) => p.chartNumber),
        ['SOT-1009', 'SOT-2009'],
      );
    });

    test('a renamed patient is found by the new name with a typo, and no longer by the old one', async () => {
      const created = await api<{ id: string; version: number }>(
        'POST',
        '/api/patients',
        patientInput({ chartNumber: 'SOT-3000', familyName: 'Whitfield', givenName: 'Marguerite' }),
      );
      assert.deepEqual(await chartNumbers('whitfeld'), ['SOT-3000']);
      const renamed = await api('PATCH', `/api/patients/${created.body.id}`, {
        version: created.body.version,
        familyName: 'Castellano',
      });
      assert.equal(renamed.status, 200);
      assert.deepEqual(await chartNumbers('castelano'), ['SOT-3000']);
      assert.deepEqual(await chartNumbers('whitfeld'), []);
    });

    test('the backfill gives patients stored before it their keys in the new form, and can run again', async () => {
      const db = database.handle.db;
      // As stored before: keys in the old form (apostrophe kept) and no typo keys.
      await db.deleteFrom('patient_search_key').execute();
      await db.deleteFrom('patient_typo_key').execute();
      await db
        .insertInto('patient_search_key')
        .values({
          clinic_id: (await db.selectFrom('patient').select('clinic_id').executeTakeFirstOrThrow()).clinic_id,
          search_key: "o'brien josé",
          patient_id: (
            await db
              .selectFrom('patient')
              .select('id')
              .where('chart_number', '=', 'SOT-0042')
              .executeTakeFirstOrThrow()
          ).id,
        })
        .execute();
      assert.deepEqual(await chartNumbers('obrien'), []);
      assert.deepEqual(await chartNumbers('isabela'), []);
      const ran = await runBackfills(database.handle, {
        clock: fixedClock('2026-12-03T12:00:00.000Z'),
        newId: seededIds('keys'),
        only: [rebuildPatientSearchKeys],
      });
      assert.deepEqual(ran, ['0004-rebuild-patient-search-keys']);
      assert.deepEqual(await chartNumbers('obrien'), ['SOT-0042']);
      assert.deepEqual(await chartNumbers('isabela'), ['SOT-1009', 'SOT-2009']);
      assert.deepEqual(await chartNumbers('1009'), ['SOT-1009']);
      // Run again from the start (as after a crash before it was recorded): keys are replaced, not doubled.
      await db.deleteFrom('backfill_run').where('name', '=', rebuildPatientSearchKeys.name).execute();
      await runBackfills(database.handle, {
        clock: fixedClock('2026-12-03T12:00:00.000Z'),
        newId: seededIds('again'),
        only: [rebuildPatientSearchKeys],
      });
      assert.deepEqual(await chartNumbers('Alvarez, Isabella'), ['SOT-1009']);
    });
  });
}
