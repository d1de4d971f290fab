import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import {
  apiClient,
  dialects,
  freshDatabase,
  signIn,
  testAppOptions,
  type ApiCall,
  type SignedInUser,
  type TestDatabase,
} from '@sotchart/test-support';
import { buildApp } from '../../app';
import { chartPatient, type ChartedPatient } from '../interop-fixtures';
import type { ResearchExport } from './research-export';

/** Distinctive identifiers, so a scan of the export for them cannot hit an unrelated word. */
const people = [
  {
    chartNumber: 'QX-7781',
    givenName: 'Wilhelmina',
    familyName: 'Quenneville',
    dateOfBirth: '1931-04-17',
    phone: '(217) 555-0142',
    email: 'wquenneville@example.net',
    address: '4821 Brackenridge Lane, Oakmere, IL 62704',
  },
  {
    chartNumber: 'QX-9902',
    givenName: 'Thaddeus',
    familyName: 'Okonkwo-Ferris',
    dateOfBirth: '1984-09-23',
    phone: '+1 312 555 0177',
    email: 'thaddeus.of@example.com',
    address: '77 Larchmont Terrace, Riverbend, IL 60611',
  },
];

const plantedText = (p: (typeof people)[number]) =>
  `Spoke with ${p.givenName} ${p.familyName} (chart ${p.chartNumber}) at ${p.phone}, ${p.email}; lives at ${p.address}.`;

for (const dialect of dialects) {
  describe(`research export on ${dialect}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let owner: SignedInUser;
    let api: ApiCall;
    const charted: ChartedPatient[] = [];

    before(async () => {
      database = await freshDatabase(dialect);
      app = await buildApp(testAppOptions(database.handle));
      owner = await signIn(app, { role: 'owner', displayName: 'Dr Perpetua Vanterpool' });
      api = apiClient(app, owner.headers);
      for (const p of people) {
        const text = plantedText(p);
        charted.push(
          await chartPatient(
            api,
            { ...p, sex: 'female', notes: text, occupation: `Clerk for ${p.familyName}` },
            { subjective: text, technique: `Drop for ${p.familyName} ${p.phone}`, findingNote: text },
          ),
        );
      }
    });
    after(async () => {
      await app.close();
      await database.drop();
    });

    const researchExport = async (query = '', call: ApiCall = api) =>
      call<ResearchExport>('GET', `/api/exports/research${query}`);

    test('contains no identifier of the source data anywhere, planted free text included', async () => {
      const res = await researchExport();
      assert.equal(res.status, 200);
      const text = JSON.stringify(res.body).toLowerCase();
      const db = database.handle.db;
      const ids = [
        ...(await db.selectFrom('patient').select('id').execute()).map((r) => r.id),
        ...(await db.selectFrom('visit').select('id').execute()).map((r) => r.id),
        ...(await db.selectFrom('episode').select('id').execute()).map((r) => r.id),
        ...(await db.selectFrom('finding').select('id').execute()).map((r) => r.id),
        ...(await db.selectFrom('addendum').select('id').execute()).map((r) => r.id),
        ...(await db.selectFrom('app_user').select(['id', 'email']).execute()).flatMap((r) => [
          r.id,
          r.email,
        ]),
        owner.clinicId,
      ];
      const clinic = await db
        .selectFrom('clinic')
        .select(['name'])
        .where('id', '=', owner.clinicId)
        .executeTakeFirstOrThrow();
      const visitDates = (await db.selectFrom('visit').select(['visit_at', 'signed_at']).execute()).flatMap(
        (r) => [r.visit_at.slice(0, 10), r.signed_at?.slice(0, 10)],
      );
      const identifiers = [
        ...people.flatMap((p) => [
          p.chartNumber,
          p.givenName,
          p.familyName,
          p.dateOfBirth,
          p.phone,
          p.phone.replace(/\D/g, ''),
          p.email,
          p.address,
          ...p.address.split(/[ ,]+/).filter((w) => w.length >= 5),
        ]),
        ...ids,
        clinic.name,
        'Perpetua',
        'Vanterpool',
        '2026-02-02',
        '2026-02-03',
        '2026-02-06',
        ...visitDates,
      ].filter((v): v is string => v !== undefined);
      for (const id of identifiers)
        assert.ok(!text.includes(id.toLowerCase()), `the export contains "${id}"`);
      // Dates only as years: no YYYY-MM or YYYY-MM-DD anywhere. The export's random UUIDs are taken out
      // first: a group such as "-2084-4456-" in one looks like a date to this pattern.
      const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
      assert.doesNotMatch(JSON.stringify(res.body).replace(uuid, 'ID'), /\b(19|20)\d\d-\d\d/);
    });

    test('keeps the clinical content: visits, findings, categories, procedures and scores', async () => {
      const { body } = await researchExport();
      assert.equal(body.patients.length, 2);
      assert.equal(body.episodes.length, 2);
      assert.equal(body.visits.length, 4);
      assert.equal(body.findings.length, 32, 'per patient: 12 screen answers and 4 SOT findings');
      assert.equal(
        body.procedures.length,
        2 * 8,
        'blocks 2, adjustments 2, CMRT, cranial, instrument, muscle test',
      );
      assert.equal(body.scores.length, 6, 'per patient: the pain charted at the signed visit, NPRS and NDI');
      assert.deepEqual(body.scores.map((s) => s.instrument).sort(), [
        'ndi',
        'ndi',
        'nprs',
        'nprs',
        'visit_pain_nprs',
        'visit_pain_nprs',
      ]);
      const signed = body.visits.filter((v) => v.status === 'signed');
      assert.deepEqual(
        signed.map((v) => [v.category, v.year, v.day, v.dayFrom]),
        [
          ['II', 2026, 1, 'episode-start'],
          ['II', 2026, 1, 'episode-start'],
        ],
      );
      assert.deepEqual(signed[0]?.coding, {
        diagnoses: ['M99.05', 'M99.04', 'M99.03', 'M99.02', 'M54.50'],
        procedures: ['98941'],
        modifiers: ['AT'],
      });
      const adjustment = body.procedures.find((p) => p.kind === 'adjustment' && p.segment === 'SA');
      assert.match(String(adjustment?.detail.technique), /^Drop .*\[removed\]$/);
      assert.equal(body.manifest.method, 'hipaa-safe-harbor');
      assert.equal((body.manifest.identifiers as unknown[]).length, 18);
      assert.ok((body.manifest.scrubbedLabels as number) >= 2);
    });

    test('aggregates ages over 89 with no birth year, and makes new random ids on every export', async () => {
      const first = await researchExport();
      const second = await researchExport();
      const ages = first.body.patients.map((p) => [p.ageAtFirstVisit, p.birthYear]).sort();
      assert.deepEqual(ages, [
        [41, 1984],
        ['90+', null],
      ]);
      const ids = new Set(first.body.patients.map((p) => p.id));
      for (const p of second.body.patients) assert.ok(!ids.has(p.id));
    });

    test('shifts dates by a per-patient offset when asked, labelled as needing an expert determination', async () => {
      const { body } = await researchExport('?dates=shifted');
      assert.equal(body.manifest.method, 'date-shift');
      assert.equal(body.manifest.requiresExpertDetermination, true);
      for (const v of body.visits) assert.match(v.date ?? '', /^\d{4}-\d{2}-\d{2}$/);
      // Each patient moves by its own non-zero offset, so one visit may land on another's real date (a
      // shift of +3 takes 02-03 to 02-06); the dates as a whole must differ from the stored ones.
      const stored = (await database.handle.db.selectFrom('visit').select('visit_at').execute())
        .map((r) => r.visit_at.slice(0, 10))
        .sort();
      assert.notDeepEqual(body.visits.map((v) => v.date).sort(), stored);
      const young = body.patients.find((p) => p.birthDate !== null);
      assert.notEqual(young?.birthDate, '1984-09-23');
      assert.equal(body.patients.find((p) => p.ageAtFirstVisit === '90+')?.birthDate, null);
    });

    test('leaves free text out by default, and includes it scrubbed only when asked, as not Safe Harbor-certain', async () => {
      const plain = await researchExport();
      assert.equal(plain.body.manifest.safeHarborCertain, true);
      assert.ok(plain.body.visits.every((v) => !('text' in v)));
      assert.ok(plain.body.findings.every((f) => !('note' in f)));
      const { body } = await researchExport('?freeText=scrubbed');
      assert.equal(body.manifest.safeHarborCertain, false);
      assert.equal(body.manifest.requiresExpertDetermination, true);
      assert.match(String(body.manifest.standard), /^Not Safe Harbor-certain/);
      const text = JSON.stringify(body).toLowerCase();
      for (const p of people)
        for (const id of [p.givenName, p.familyName, p.chartNumber, p.email, p.phone, p.address])
          assert.ok(!text.includes(id.toLowerCase()), `the export contains "${id}"`);
      const signed = body.visits.filter((v) => v.status === 'signed');
      assert.ok(signed.length >= 2);
      for (const v of signed) {
        assert.match(v.text?.subjective ?? '', /^Spoke with \[removed\]/);
        assert.equal(v.text?.chiefComplaint, 'Low back pain, right side');
      }
      assert.ok(body.findings.some((f) => f.note?.startsWith('Spoke with [removed]') === true));
      assert.ok(body.episodes.every((e) => e.complaint === 'Low back pain'));
    });

    // Born 1936-11-20: 89 at the visits of 2026-02-03, but 2026 is 90 years after 1936, so with the
    // year of a visit and a birth year a reader would take this patient for 90 (Safe Harbor (C)).
    test('reports as "90+" a patient 90 or older by the year of any exported date, in both date modes', async () => {
      const old = await chartPatient(api, {
        chartNumber: 'QX-1936',
        givenName: 'Ottoline',
        familyName: 'Brackwater',
        dateOfBirth: '1936-11-20',
        sex: 'female',
      });
      for (const dates of ['safe-harbor', 'shifted']) {
        const { body } = await researchExport(`?patientId=${old.patientId}&dates=${dates}`);
        assert.deepEqual(
          body.patients.map((p) => [p.ageAtFirstVisit, p.birthYear, p.birthDate]),
          [['90+', null, dates === 'shifted' ? null : undefined]],
          dates,
        );
        assert.doesNotMatch(JSON.stringify(body.patients), /1936/);
      }
    });

    test('is for owners only and audits each patient exported', async () => {
      for (const role of ['practitioner', 'assistant', 'auditor'] as const) {
        const user = await signIn(app, { role, clinicId: owner.clinicId });
        assert.equal((await researchExport('', apiClient(app, user.headers))).status, 403, role);
      }
      await new Promise((r) => setTimeout(r, 20));
      const rows = await database.handle.db
        .selectFrom('audit_log')
        .select(['patient_id', 'actor_id'])
        .where('action', '=', 'export')
        .where('entity_type', '=', 'research_export')
        .execute();
      const patients = new Set(rows.map((r) => r.patient_id));
      for (const c of charted) assert.ok(patients.has(c.patientId));
      assert.ok(rows.every((r) => r.actor_id === owner.userId));
    });
  });
}
