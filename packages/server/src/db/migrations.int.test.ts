import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { dialects, freshDatabase, type TestDatabase } from '@sotchart/test-support';
import { migrateToLatest } from './migrations';
import { kioskLinkRepository } from './repositories/kiosk-link.repository';
import { patientRepository } from './repositories/patient.repository';

type Db = TestDatabase['handle']['db'];
const now = new Date().toISOString();

async function insertClinic(db: Db): Promise<void> {
  await db
    .insertInto('clinic')
    .values({
      id: 'c1',
      name: 'Harbour',
      time_zone: 'UTC',
      address: '',
      is_demo: 0,
      created_at: now,
      updated_at: now,
    })
    .execute();
}

/** A patient row as stored before the search keys (0032). */
const patientRow = (i: number, familyName: string) => ({
  id: `p${String(i).padStart(4, '0')}`,
  clinic_id: 'c1',
  chart_number: `H-${i}`,
  given_name: 'Grace',
  family_name: familyName,
  search_name: `${familyName.toLowerCase()} grace`,
  date_of_birth: '1906-12-09',
  sex: 'female',
  history: '{}',
  notes: '',
  archived: 0,
  created_at: now,
  updated_at: now,
  version: 1,
});

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

    test('0032 gives patients stored before it their search keys', async () => {
      const database = await freshDatabase(dialect, { migrate: false });
      try {
        const db = database.handle.db;
        await migrateToLatest(db, '0031-create-fee-schedule');
        await insertClinic(db);
        // More than one backfill page.
        await db
          .insertInto('patient')
          .values(
            Array.from({ length: 700 }, (_, i) =>
              patientRow(i + 1, i === 600 ? 'Hopper Byron' : `Family${i + 1}`),
            ),
          )
          .execute();
        assert.deepEqual(await migrateToLatest(db, '0032-create-patient-search-key'), [
          '0032-create-patient-search-key',
        ]);
        // Today's repository also reads the columns later migrations add (0052's name reading).
        await migrateToLatest(db);
        const search = (q: string) =>
          patientRepository.search(db, 'c1', { q, sort: 'name', limit: 25, includeArchived: false }, null);
        assert.deepEqual(
          (await search('byron')).items.map((p) => p.id),
          ['p0601'],
        );
        assert.deepEqual(
          (await search('h-700')).items.map((p) => p.id),
          ['p0700'],
        );
        const keys = await db
          .selectFrom('patient_search_key')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow();
        assert.equal(Number(keys.n), 700 * 5 + 2);
      } finally {
        await database.drop();
      }
    });

    test('0033 gives visits stored before it the summary the timeline reads', async () => {
      const database = await freshDatabase(dialect, { migrate: false });
      try {
        const db = database.handle.db;
        await migrateToLatest(db, '0032-create-patient-search-key');
        await insertClinic(db);
        await db.insertInto('patient').values(patientRow(1, 'Hopper')).execute();
        const analysis = {
          category: 'II',
          side: 'R',
          level: null,
          counted: [{ indicator: 'arm_fossa_test' }],
          referral: null,
        };
        const verification = {
          items: [
            { indicator: 'arm_fossa_test', site: 'right', pre: true, post: false, change: 'cleared' },
            { indicator: 'dollar_sign', pre: true, post: true, change: 'unchanged' },
          ],
          summary: { cleared: 1, unchanged: 1 },
        };
        // Without the summary column, as a visit was stored before 0033.
        await sql`insert into visit (id, clinic_id, patient_id, practitioner_id, visit_at, type, engine_version, pack_ref, category, analysis, verification, created_at, updated_at)
          values ('v1', 'c1', 'p0001', 'u1', ${now}, 'follow_up', '1.0.0', 'sot-standard@1.0.0', 'II', ${JSON.stringify(analysis)}, ${JSON.stringify(verification)}, ${now}, ${now})`.execute(
          db,
        );
        assert.deepEqual(await migrateToLatest(db, '0033-add-visit-summary'), ['0033-add-visit-summary']);
        const row = await db.selectFrom('visit').select('summary').executeTakeFirstOrThrow();
        assert.deepEqual(JSON.parse(row.summary), {
          category: 'II',
          side: 'R',
          level: null,
          keyIndicators: [
            { indicator: 'arm_fossa_test', site: 'right', pre: true, post: false, change: 'cleared' },
          ],
          verification: { cleared: 1, unchanged: 1 },
          referral: false,
        });
      } finally {
        await database.drop();
      }
    });

    test('0041 makes emails unique per clinic and keeps users, their sessions and foreign keys', async () => {
      const database = await freshDatabase(dialect, { migrate: false });
      try {
        const db = database.handle.db;
        await migrateToLatest(db, '0040-index-visit-drafts');
        await insertClinic(db);
        const user = (id: string, clinicId: string) => ({
          id,
          clinic_id: clinicId,
          email: 'ana@test.example',
          display_name: 'Dr Ana Ruiz',
          role: 'owner',
          password_hash: `hash-${id}`,
          must_change_password: 0,
          active: 1,
          name_as_signed: 'Ana Ruiz, DC',
          degree: 'DC',
          licence_number: 'DC-1',
          licence_state: 'IL',
          npi: '1234567893',
          version: 1,
          created_at: now,
          updated_at: now,
        });
        await db.insertInto('app_user').values(user('u1', 'c1')).execute();
        const session = (id: string, userId: string) => ({
          id,
          token_hash: `token-${id}`,
          user_id: userId,
          clinic_id: 'c1',
          created_at: now,
          last_seen_at: now,
          expires_at: now,
          ip: '127.0.0.1',
        });
        await db.insertInto('session').values(session('s1', 'u1')).execute();

        assert.deepEqual(await migrateToLatest(db, '0041-email-per-clinic'), ['0041-email-per-clinic']);
        const kept = await db.selectFrom('app_user').selectAll().executeTakeFirstOrThrow();
        assert.deepEqual(
          [kept.id, kept.email, kept.password_hash, kept.name_as_signed, kept.npi, kept.active],
          ['u1', 'ana@test.example', 'hash-u1', 'Ana Ruiz, DC', '1234567893', 1],
        );
        assert.equal(
          (await db.selectFrom('session').select('user_id').executeTakeFirstOrThrow()).user_id,
          'u1',
        );
        await db
          .insertInto('clinic')
          .values({
            id: 'c2',
            name: 'Other',
            time_zone: 'UTC',
            address: '',
            is_demo: 0,
            created_at: now,
            updated_at: now,
          })
          .execute();
        await db.insertInto('app_user').values(user('u2', 'c2')).execute();
        await assert.rejects(db.insertInto('app_user').values(user('u3', 'c1')).execute());
        // Sessions still need their user: the rebuilt table is the one the foreign key names.
        await assert.rejects(db.insertInto('session').values(session('s2', 'nobody')).execute());
        await db.insertInto('session').values(session('s3', 'u2')).execute();
      } finally {
        await database.drop();
      }
    });

    test('0042 gives clinics US billing defaults and patients a coverage per rank', async () => {
      const database = await freshDatabase(dialect, { migrate: false });
      try {
        const db = database.handle.db;
        await migrateToLatest(db, '0041-email-per-clinic');
        await insertClinic(db);
        await db.insertInto('patient').values(patientRow(1, 'Hopper')).execute();
        await migrateToLatest(db, '0042-add-claim-paper');
        const clinic = await db.selectFrom('clinic').selectAll().executeTakeFirstOrThrow();
        assert.deepEqual(
          [clinic.country, clinic.tax_id, clinic.tax_id_type, clinic.billing_npi, clinic.place_of_service],
          ['US', null, 'ein', null, '11'],
        );
        const coverage = (rank: string) => ({
          clinic_id: 'c1',
          patient_id: 'p0001',
          rank,
          insurance_type: 'group',
          payer_name: 'Harbour Mutual',
          payer_id: null,
          insured_id: 'HMH1',
          insured_name: 'Hopper, Grace',
          relationship: 'self',
          group_number: null,
          insured_date_of_birth: null,
          insured_sex: null,
          insured_address: null,
        });
        await db
          .insertInto('patient_coverage')
          .values([coverage('primary'), coverage('secondary')])
          .execute();
        // One coverage per rank, and only for a patient that exists.
        await assert.rejects(db.insertInto('patient_coverage').values(coverage('primary')).execute());
        await assert.rejects(
          db
            .insertInto('patient_coverage')
            .values({ ...coverage('primary'), patient_id: 'nobody' })
            .execute(),
        );
      } finally {
        await database.drop();
      }
    });

    test('0044 gives patients a day-precise birth date and keeps one history entry per source resource', async () => {
      const database = await freshDatabase(dialect, { migrate: false });
      try {
        const db = database.handle.db;
        await migrateToLatest(db, '0043-create-clinic-diagnosis-codes');
        await insertClinic(db);
        await db.insertInto('patient').values(patientRow(1, 'Hopper')).execute();
        await migrateToLatest(db, '0044-add-imported-record');
        const patient = await db
          .selectFrom('patient')
          .select(['birth_date_precision', 'deceased', 'deceased_at', 'given_names', 'source_id'])
          .executeTakeFirstOrThrow();
        assert.deepEqual(patient, {
          birth_date_precision: 'day',
          deceased: 0,
          deceased_at: null,
          given_names: null,
          source_id: null,
        });
        const entry = (id: string) => ({
          id,
          clinic_id: 'c1',
          patient_id: 'p0001',
          resource_type: 'Condition',
          source_system: '',
          source_id: 'c-1',
          code_system: null,
          code: null,
          display: 'Neck pain',
          status: null,
          start_date: null,
          end_date: null,
          value: null,
          resource: '{}',
          created_at: now,
        });
        await db.insertInto('patient_history_entry').values(entry('e1')).execute();
        await assert.rejects(db.insertInto('patient_history_entry').values(entry('e2')).execute());
      } finally {
        await database.drop();
      }
    });

    test('0047 keeps a one-questionnaire link made before it, unanswered', async () => {
      const database = await freshDatabase(dialect, { migrate: false });
      try {
        const db = database.handle.db;
        await migrateToLatest(db, '0031-create-fee-schedule');
        await insertClinic(db);
        await db.insertInto('patient').values(patientRow(1, 'Hopper')).execute();
        await db
          .insertInto('kiosk_link')
          .values({
            id: 'k1',
            clinic_id: 'c1',
            patient_id: 'p0001',
            token_hash: 'h1',
            kind: 'questionnaire',
            instrument_id: 'odi',
            consent_type: null,
            created_by: 'u1',
            created_at: now,
            expires_at: now,
            used_at: null,
          })
          .execute();
        // Through 0047 and on: today's repository also reads the columns later migrations add (0051).
        await migrateToLatest(db);
        const link = await kioskLinkRepository.findByTokenHash(db, 'h1');
        assert.deepEqual([link?.instrumentIds, link?.answered], [['odi'], 0]);
      } finally {
        await database.drop();
      }
    });
  });
}
