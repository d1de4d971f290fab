import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import {
  dialects,
  freshDatabase,
  patientInput,
  signIn,
  testAppOptions,
  type SignedInUser,
  type TestDatabase,
} from '@sotchart/test-support';
import { buildApp } from '../app';

interface ErrorAnswer {
  error: { code: string; details?: { path: string }[]; requestId: string };
}

/** A request whose body is raw bytes, as a client that does not speak UTF-8 would send them. */
const rawJson = (...parts: (string | number[])[]): Buffer =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

for (const dialect of dialects) {
  describe(`text that cannot be stored, on ${dialect}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let owner: SignedInUser;
    let visitId: string;

    const send = async (method: 'POST' | 'PATCH' | 'GET', url: string, payload?: string | Buffer) => {
      const res = await app.inject({
        method,
        url,
        headers: {
          ...owner.headers,
          ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(payload === undefined ? {} : { payload }),
      });
      return { status: res.statusCode, body: res.json<ErrorAnswer & Record<string, unknown>>() };
    };
    const paths = (body: ErrorAnswer): string[] => body.error.details?.map((d) => d.path) ?? [];
    const count = async (table: 'patient' | 'finding' | 'login_throttle'): Promise<number> =>
      Number(
        (
          await app.auth.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );

    before(async () => {
      database = await freshDatabase(dialect);
      app = await buildApp(testAppOptions(database.handle));
      owner = await signIn(app, { role: 'owner' });
      const patient = await send('POST', '/api/patients', JSON.stringify(patientInput()));
      assert.equal(patient.status, 201);
      const visit = await send(
        'POST',
        `/api/patients/${patient.body.id as string}/visits`,
        JSON.stringify({ visitAt: '2026-01-05T10:00:00Z', type: 'new_patient' }),
      );
      assert.equal(visit.status, 201);
      visitId = visit.body.id as string;
    });
    after(async () => {
      await app.close();
      await database.drop();
    });

    const patientCases: { name: string; payload: string | Buffer; path: string }[] = [
      {
        name: 'U+0000 in a patient name',
        payload: JSON.stringify(patientInput({ chartNumber: 'NUL-1', givenName: 'Ada\u0000' })),
        path: 'givenName',
      },
      {
        name: 'U+0000 in an address',
        payload: JSON.stringify(patientInput({ chartNumber: 'NUL-2', address: '1 Main St\u0000' })),
        path: 'address',
      },
      {
        // JSON.stringify writes a lone surrogate as the escape \ud800, as any client may.
        name: 'a lone surrogate ("\\ud800") in a patient name',
        payload: JSON.stringify(patientInput({ chartNumber: 'SUR-1', familyName: 'Love\ud800lace' })),
        path: 'familyName',
      },
      {
        name: 'a lone low surrogate in an address',
        payload: JSON.stringify(patientInput({ chartNumber: 'SUR-2', address: '\udc00 first' })),
        path: 'address',
      },
      {
        name: 'bytes that are not UTF-8 in the raw body',
        payload: rawJson(
          '{"chartNumber":"UTF-1","givenName":"Ad',
          [0xff, 0xfe],
          '","familyName":"L",',
          '"dateOfBirth":"1980-12-10","sex":"female"}',
        ),
        path: 'body',
      },
      {
        name: 'an encoded surrogate (CESU-8) in the raw body',
        payload: rawJson(
          '{"chartNumber":"UTF-2","givenName":"',
          [0xed, 0xa0, 0x80],
          '","familyName":"L",',
          '"dateOfBirth":"1980-12-10","sex":"female"}',
        ),
        path: 'body',
      },
    ];
    for (const c of patientCases) {
      test(`refuses ${c.name} with 400 naming the field, and stores nothing`, async () => {
        const before = await count('patient');
        const res = await send('POST', '/api/patients', c.payload);
        assert.equal(res.status, 400, JSON.stringify(res.body));
        assert.equal(res.body.error.code, 'VALIDATION_FAILED');
        assert.deepEqual(paths(res.body), [c.path]);
        assert.match(res.body.error.requestId, /^[0-9a-f]{12}-[0-9a-z]+$/);
        assert.equal(await count('patient'), before);
      });
    }

    test('refuses U+0000 in a finding note (an engine schema) with 400 naming the finding', async () => {
      const findings = [
        { indicator: 'leg_check', phase: 'pre', side: 'L', mm: 5 },
        { indicator: 'inguinal_tenderness', phase: 'pre', side: 'R', positive: true, note: 'tender\u0000' },
      ];
      const res = await send('PATCH', `/api/visits/${visitId}`, JSON.stringify({ version: 1, findings }));
      assert.equal(res.status, 400, JSON.stringify(res.body));
      assert.equal(res.body.error.code, 'VALIDATION_FAILED');
      assert.deepEqual(paths(res.body), ['findings.1.note']);
      assert.equal(await count('finding'), 0);
      const visit = await send('GET', `/api/visits/${visitId}`);
      assert.equal(visit.body.version, 1);
    });

    test('refuses a lone surrogate in a finding note', async () => {
      const findings = [{ indicator: 'leg_check', phase: 'pre', side: 'L', mm: 5, note: 'short \ud83d' }];
      const res = await send('PATCH', `/api/visits/${visitId}`, JSON.stringify({ version: 1, findings }));
      assert.equal(res.status, 400, JSON.stringify(res.body));
      assert.deepEqual(paths(res.body), ['findings.0.note']);
      assert.equal(await count('finding'), 0);
    });

    test('refuses U+0000 in a search query with 400 naming the parameter', async () => {
      const res = await send('GET', '/api/patients?q=Ad%00a');
      assert.equal(res.status, 400, JSON.stringify(res.body));
      assert.equal(res.body.error.code, 'VALIDATION_FAILED');
      assert.deepEqual(paths(res.body), ['query.q']);
    });

    test('the public sign-in refuses U+0000 in the email or password with 400, counting no attempt', async () => {
      for (const [body, path] of [
        [{ email: `${owner.email}\u0000`, password: 'river-stone-lantern-42' }, 'email'],
        [{ email: owner.email, password: 'river\u0000stone' }, 'password'],
        [{ email: 'ada\ud800@test.example', password: 'river-stone-lantern-42' }, 'email'],
      ] as const) {
        const before = await count('login_throttle');
        const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: body });
        assert.equal(res.statusCode, 400, res.body);
        const answer = res.json<ErrorAnswer>();
        assert.equal(answer.error.code, 'VALIDATION_FAILED');
        assert.deepEqual(paths(answer), [path]);
        assert.equal(await count('login_throttle'), before);
      }
      const raw = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'content-type': 'application/json' },
        payload: rawJson('{"email":"', [0xc3, 0x28], '@test.example","password":"x"}'),
      });
      assert.equal(raw.statusCode, 400, raw.body);
      assert.deepEqual(paths(raw.json<ErrorAnswer>()), ['body']);
    });

    test('a FHIR import (application/fhir+json) is held to the same rules', async () => {
      const before = await count('patient');
      const patient = (family: string) => ({
        resourceType: 'Patient',
        identifier: [{ value: 'FHIR-NUL-1' }],
        name: [{ family, given: ['Ada'] }],
        birthDate: '1980-12-10',
        gender: 'female',
      });
      const nul = await app.inject({
        method: 'POST',
        url: '/api/fhir/import',
        headers: { ...owner.headers, 'content-type': 'application/fhir+json' },
        payload: JSON.stringify(patient('Love\u0000lace')),
      });
      // Each entry of an import is refused on its own, naming the field; the body is not.
      assert.equal(nul.statusCode, 200, nul.body);
      const entries = nul.json<{ entries: { outcome: string; path?: string }[] }>().entries;
      assert.deepEqual(
        entries.map((e) => [e.outcome, e.path]),
        [['refused', 'resource.name.0.family']],
      );
      const bytes = await app.inject({
        method: 'POST',
        url: '/api/fhir/import',
        headers: { ...owner.headers, 'content-type': 'application/fhir+json' },
        payload: rawJson('{"resourceType":"Patient","name":[{"family":"', [0xff], '"}]}'),
      });
      assert.equal(bytes.statusCode, 400, bytes.body);
      assert.deepEqual(paths(bytes.json<ErrorAnswer>()), ['body']);
      assert.equal(await count('patient'), before);
    });

    test('walks a body nested 100,000 deep without overflowing the stack', async () => {
      const deep = `{"version":1,"findings":${'['.repeat(100_000)}"\\u0000"${']'.repeat(100_000)}}`;
      const res = await send('PATCH', `/api/visits/${visitId}`, deep);
      assert.equal(res.status, 400, JSON.stringify(res.body).slice(0, 300));
      assert.equal(res.body.error.code, 'VALIDATION_FAILED');
    });

    test('still stores well-formed text outside the Basic Multilingual Plane', async () => {
      const res = await send(
        'POST',
        '/api/patients',
        JSON.stringify(patientInput({ chartNumber: 'EMOJI-1', givenName: 'Zoë 🌿' })),
      );
      assert.equal(res.status, 201, JSON.stringify(res.body));
      assert.equal(res.body.givenName, 'Zoë 🌿');
    });
  });
}
