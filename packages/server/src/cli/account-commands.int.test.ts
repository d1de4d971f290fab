import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { dialects, freshDatabase, runCli, type TestDatabase } from '@sotchart/test-support';
import type { DialectName } from '../db/connect';

// Each run starts a process; checks that do not depend on the dialect run on SQLite only.

const cheap = { SOTCHART_ARGON2_MEMORY_KIB: '1024', SOTCHART_ARGON2_TIME_COST: '1', LOG_LEVEL: 'silent' };

function envFor(dialect: DialectName, database: TestDatabase): Record<string, string> {
  return dialect === 'sqlite'
    ? { ...cheap, DATA_DIR: database.dataDir, DATABASE_URL: '' }
    : { ...cheap, DATABASE_URL: database.location };
}

const setupArgs = (clinic: string, email: string) => [
  'setup',
  '--clinic-name',
  clinic,
  '--time-zone',
  'Europe/London',
  '--email',
  email,
  '--name',
  'Dr Ana Ruiz',
  '--language',
  'es',
];

for (const dialect of dialects) {
  describe(`account and audit commands on ${dialect}`, () => {
    let database: TestDatabase;
    let env: Record<string, string>;
    before(async () => {
      database = await freshDatabase(dialect);
      env = envFor(dialect, database);
    });
    after(() => database.drop());

    const users = () =>
      database.handle.db
        .selectFrom('app_user')
        .select(['email', 'role', 'must_change_password', 'clinic_id'])
        .orderBy('created_at')
        .execute();

    test('setup creates a clinic and its owner from flags and a password on stdin', async () => {
      const res = await runCli(
        setupArgs('Harbour Chiropractic', 'Ana@Harbour.example'),
        env,
        'tide-pool-granite-88\n',
      );
      assert.equal(res.code, 0, res.stderr);
      assert.match(
        res.stdout,
        /Created the clinic "Harbour Chiropractic" \(.+\) and its owner ana@harbour.example/,
      );
      const clinic = await database.handle.db.selectFrom('clinic').selectAll().executeTakeFirstOrThrow();
      assert.equal(clinic.time_zone, 'Europe/London');
      assert.equal(clinic.language, 'es');
      assert.equal(clinic.is_demo, 0);
      assert.deepEqual(await users(), [
        { email: 'ana@harbour.example', role: 'owner', must_change_password: 0, clinic_id: clinic.id },
      ]);
      assert.doesNotMatch(res.stdout + res.stderr, /tide-pool-granite-88/);
    });

    test('create-user adds a user to the only clinic, who must change the password', async () => {
      const res = await runCli(
        ['create-user', '--email', 'bo@harbour.example', '--name', 'Bo Lind', '--role', 'assistant'],
        env,
        'lichen-harbour-fog-31\n',
      );
      assert.equal(res.code, 0, res.stderr);
      const bo = (await users()).find((u) => u.email === 'bo@harbour.example');
      assert.equal(bo?.role, 'assistant');
      assert.equal(bo?.must_change_password, 1);
    });

    test('audit verify exits 0 on intact chains and 1 naming the first broken row', async () => {
      const intact = await runCli(['audit', 'verify'], env);
      assert.equal(intact.code, 0, intact.stderr);
      // The clinic's chain and the system chain, which every database has.
      assert.match(intact.stdout, /All 2 audit chains are intact\./);
      const clinic = await database.handle.db.selectFrom('clinic').select('id').executeTakeFirstOrThrow();
      await sql`delete from audit_log where chain_id = ${clinic.id} and seq = 2`.execute(database.handle.db);
      const broken = await runCli(['audit', 'verify'], env);
      assert.equal(broken.code, 1);
      assert.equal(
        broken.stderr.trim(),
        `chain ${clinic.id} is broken at row 2: row 2, the newest, is missing.`,
      );
    });
  });
}

describe('account commands refusing bad input', () => {
  let database: TestDatabase;
  let env: Record<string, string>;
  before(async () => {
    database = await freshDatabase('sqlite');
    env = envFor('sqlite', database);
  });
  after(() => database.drop());

  test('setup refuses a weak password, a bad time zone, an unknown language and a missing flag, creating nothing', async () => {
    const weak = await runCli(
      [
        'setup',
        '--clinic-name',
        'Harbour',
        '--time-zone',
        'Mars/Olympus',
        '--email',
        'a@h.example',
        '--name',
        'A',
        '--language',
        'klingon',
      ],
      env,
      'password\n',
    );
    assert.equal(weak.code, 2, weak.stderr);
    assert.match(weak.stderr, /^password: /m);
    assert.match(weak.stderr, /^time-zone: /m);
    assert.match(weak.stderr, /^language: must be one of en, ja, it, pt-BR, es, fr, de/m);
    const missing = await runCli(['setup', '--clinic-name', 'Harbour'], env, 'long-enough-password-1\n');
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /--time-zone is required/);
    assert.deepEqual(await database.handle.db.selectFrom('clinic').select('id').execute(), []);
  });

  test('create-user refuses a bad role, an email taken in its clinic, and a choice between clinics it cannot make', async () => {
    const role = await runCli(
      ['create-user', '--email', 'x@h.example', '--name', 'X', '--role', 'janitor'],
      env,
      'lichen-harbour-fog-31\n',
    );
    assert.equal(role.code, 2);
    assert.match(role.stderr, /--role must be one of owner, practitioner, assistant, auditor/);
    for (const [name, email] of [
      ['First', 'first@h.example'],
      ['Second', 'second@h.example'],
    ] as const) {
      const res = await runCli(setupArgs(name, email), env, 'prairie-wind-cobalt-4\n');
      assert.equal(res.code, 0, res.stderr);
    }
    const taken = await runCli(
      ['create-user', '--email', 'first@h.example', '--name', 'Twin', '--role', 'auditor'],
      env,
      'lichen-harbour-fog-31\n',
    );
    assert.equal(taken.code, 2);
    assert.match(taken.stderr, /Several clinics exist; choose one with --clinic ID/);
    const clinicNamed = async (name: string) =>
      (
        await database.handle.db
          .selectFrom('clinic')
          .select('id')
          .where('name', '=', name)
          .executeTakeFirstOrThrow()
      ).id;
    // Emails are unique per clinic: the first clinic's owner's address is free in the second.
    const createTwin = (clinicId: string) =>
      runCli(
        [
          'create-user',
          '--email',
          'first@h.example',
          '--name',
          'Twin',
          '--role',
          'auditor',
          '--clinic',
          clinicId,
        ],
        env,
        'lichen-harbour-fog-31\n',
      );
    const twin = await createTwin(await clinicNamed('Second'));
    assert.equal(twin.code, 0, twin.stderr);
    const again = await createTwin(await clinicNamed('First'));
    assert.equal(again.code, 2);
    assert.match(again.stderr, /^email: is already used by another user of this clinic/m);
    const usage = await runCli(['audit'], env);
    assert.equal(usage.code, 2);
  });
});
