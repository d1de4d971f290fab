/**
 * The clinic-isolation and role matrix, generated from the route table: every route registered through
 * `defineRoute` is exercised by every role of two clinics, A and B.
 *
 * - A route with `:params` needs an entry in `fixtures` (keyed by its URL) yielding real ids of clinic
 *   B's rows, and a valid body for its write methods. A route without one fails the test.
 * - Every user of clinic A asking for B's ids gets 404, whatever the role: existence never leaks.
 * - On the same ids, each role of clinic B gets 200 (2xx for writes) when its role is granted the
 *   route's permission, 403 when not.
 * - A route without params answers every role of clinic A 403 when not granted; a granted role gets
 *   200 on a read and anything but 401/403 on a write (which it sends without a body).
 * - Without a session, every route but the public ones answers 401.
 */
import assert from 'node:assert/strict';
import { isGranted, roles, type Role } from '@sotchart/contract';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import {
  apiClient,
  dialects,
  freshDatabase,
  patientInput,
  screenAnswers,
  signIn,
  testAppOptions,
  type ApiCall,
  type SignedInUser,
  type TestDatabase,
} from '@sotchart/test-support';
import { buildApp } from '../app';
import type { Database } from '../db/database';
import { routeTable, type RouteRule } from './route';

type Params = Record<string, string>;

interface ClinicSide {
  readonly clinicId: string;
  /** One signed-in user per role, for reads. */
  readonly users: Record<Role, SignedInUser>;
  /** A user nobody signs in as: a safe target for user-admin routes. */
  readonly targetUserId: string;
  /** A client acting as this clinic's user of `role`. */
  api(role: Role): ApiCall;
}

export interface MatrixWorld {
  readonly app: FastifyInstance;
  readonly a: ClinicSide;
  readonly b: ClinicSide;
  /** Runs `make` once per key and world, for rows several routes share. */
  once<T>(key: string, make: () => Promise<T>): Promise<T>;
}

/** How to reach real rows of clinic B for a route's URL (every method of that URL uses it). */
interface RouteFixture {
  /** Real ids of clinic B's rows for the URL's `:params`; called for every request. */
  params?(w: MatrixWorld): Promise<Params> | Params;
  /** A valid body for a write, so a request passes validation and meets the clinic check. */
  body?(w: MatrixWorld, params: Params): Promise<unknown> | unknown;
}

// ---- Helpers that make clinic B's rows through its owner -------------------------------------------

let serial = 0;
async function created(w: MatrixWorld, url: string, body: unknown): Promise<string> {
  const res = await w.b.api('owner')<{ id: string }>('POST', url, body);
  assert.equal(res.status, 201, `fixture POST ${url} answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body.id;
}
async function versionOf(w: MatrixWorld, table: keyof Database, id: string): Promise<number> {
  const db = w.app.auth.db;
  const rows = await sql<{
    version: number;
  }>`select version from ${sql.table(table)} where id = ${id}`.execute(db);
  return Number(rows.rows[0]?.version);
}
const newPatient = (w: MatrixWorld) =>
  created(w, '/api/patients', patientInput({ chartNumber: `M-${++serial}` }));
const patient = (w: MatrixWorld) => w.once('patient', () => newPatient(w));
const newVisit = async (w: MatrixWorld, patientId?: string) =>
  created(w, `/api/patients/${patientId ?? (await patient(w))}/visits`, {
    visitAt: '2026-01-06T10:00:00Z',
    type: 'follow_up',
  });
const visit = (w: MatrixWorld) => w.once('visit', () => newVisit(w));
/** A new visit with the red-flag and contraindication screen answered, so it may be signed. */
const newScreenedVisit = async (w: MatrixWorld, patientId?: string) => {
  const id = await newVisit(w, patientId);
  const saved = await w.b.api('owner')('PATCH', `/api/visits/${id}`, {
    version: await versionOf(w, 'visit', id),
    findings: screenAnswers(),
  });
  assert.equal(saved.status, 200, `fixture save answered ${saved.status}`);
  return id;
};
const newSignedVisit = async (w: MatrixWorld, patientId?: string) => {
  const id = await newScreenedVisit(w, patientId);
  const res = await w.b.api('owner')('POST', `/api/visits/${id}/sign`, {
    version: await versionOf(w, 'visit', id),
    attest: true,
  });
  assert.equal(res.status, 200, `fixture sign answered ${res.status}`);
  return id;
};
const signedVisit = (w: MatrixWorld) => w.once('signed-visit', () => newSignedVisit(w));
/** A patient with a primary coverage and a signed visit, so a claim form has what it needs. */
const billed = (w: MatrixWorld) =>
  w.once('billed', async () => {
    const patientId = await created(
      w,
      '/api/patients',
      patientInput({
        chartNumber: `M-${++serial}`,
        coverage: [
          {
            rank: 'primary',
            payerName: 'Harbour Mutual',
            insuredId: 'HMH1',
            insuredName: 'Lovelace, Ada',
            relationship: 'self',
          },
        ],
      }),
    );
    return { patientId, visitId: await newSignedVisit(w, patientId) };
  });
/** A signed visit with one addendum, so its addendum 1 has a signed PDF. */
const addendedVisit = (w: MatrixWorld) =>
  w.once('addended-visit', async () => {
    const id = await signedVisit(w);
    const res = await w.b.api('owner')('POST', `/api/visits/${id}/addenda`, { text: 'Phoned: better.' });
    assert.equal(res.status, 201, `fixture addendum answered ${res.status}`);
    return id;
  });
/** A draft visit under a red flag, so it has a referral letter. */
const referralVisit = (w: MatrixWorld) =>
  w.once('referral-visit', async () => {
    const id = await newVisit(w);
    const saved = await w.b.api('owner')('PATCH', `/api/visits/${id}`, {
      version: await versionOf(w, 'visit', id),
      findings: screenAnswers(['rf_vascular']),
    });
    assert.equal(saved.status, 200, `fixture save answered ${saved.status}`);
    return id;
  });
const episode = (w: MatrixWorld) =>
  w.once('episode', async () =>
    created(w, `/api/patients/${await patient(w)}/episodes`, {
      startDate: '2026-01-05',
      complaint: 'Neck pain',
      onset: 'acute',
    }),
  );
/**
 * A fresh consent signed at the kiosk, so each granted review finds one not yet reviewed. (An intake
 * holds the history: reviewing one takes a clinical role, which kiosk.int.test.ts checks.)
 */
const kioskSubmission = async (w: MatrixWorld): Promise<string> => {
  const p = await patient(w);
  const link = await w.b.api('owner')<{ url: string }>('POST', `/api/patients/${p}/kiosk-links`, {
    kind: 'consent',
    consentType: 'treatment',
  });
  const token = link.body.url.split('#')[1];
  await apiClient(w.app)('POST', '/api/kiosk/submit', {
    token,
    kind: 'consent',
    signedName: 'Ada Lovelace',
    signature: { width: 300, height: 100, strokes: [[10, 10, 40, 30]] },
  });
  const list = await w.b.api('owner')<{ id: string; reviewedAt: string | null }[]>(
    'GET',
    `/api/patients/${p}/kiosk-submissions`,
  );
  return list.body.find((s) => s.reviewedAt === null)?.id ?? '';
};
/** Clinic B's schedule settings, read by its owner. */
const bSchedule = (w: MatrixWorld) =>
  w.once('schedule', async () => {
    const res = await w.b.api('owner')<{
      appointmentTypes: { id: string; kind: string }[];
      practitioners: { id: string; hours: { version: number } }[];
    }>('GET', '/api/schedule-settings');
    return res.body;
  });
let slot = 0;
/** A booked follow-up of clinic B, each at its own time so none clashes. */
const appointment = (w: MatrixWorld) =>
  w.once('appointment', async () =>
    created(w, '/api/appointments', {
      patientId: await patient(w),
      practitionerId: w.b.users.owner.userId,
      typeId: (await bSchedule(w)).appointmentTypes.find((t) => t.kind === 'follow_up')?.id,
      startAt: new Date(Date.UTC(2026, 5, 1, 8) + ++slot * 3_600_000).toISOString(),
    }),
  );
const room = (w: MatrixWorld) => w.once('room', () => created(w, '/api/rooms', { name: 'Table 1' }));
/** A body carrying the row's current version, so each granted write succeeds. */
const versioned =
  (table: keyof Database, fields: Record<string, unknown>) =>
  async (w: MatrixWorld, p: Params): Promise<unknown> => ({
    version: await versionOf(w, table, p.id ?? ''),
    ...fields,
  });

// ---- One entry per URL with params: a new route is one line here ----------------------------------

/** A public RS384 key (2048-bit RSA) for the backend-client fixture; its private half was discarded. */
const matrixPublicKey = {
  kty: 'RSA',
  alg: 'RS384',
  e: 'AQAB',
  n: 'je6pZ4Xn6fnfbY_XZvalCryJTjRO_6By9OkjqF46yMy0ImzJ_SiuuzomF1pAkRXOR5_yj2DdHD_3sbJb-NWD9fiAg1j_mAoqHXuNuRIhLVIW0wRkBQXRYdlSwHjFBcrxr0iF1PC6wzV9TQsV0xbaLs8DnCDQcQaH0bV_A3XsHSIDqBYzBtt9Ss38K-XXrQO0A6eebw1ZwnEPYB76gc8cwxHBGh5LC2cRszafljzsLDPm7KvfDqh_jndIhIvUFkFhPUexgtUDyLGZ6ovScLCc24WmVDqJjqkDIUtHgFW5gAQ8Gmj0N9iZbn5bONs9HBO0oZUEqFCnykXqnwKI62yd5w',
};

const fixtures: Record<string, RouteFixture> = {
  '/api/visits/:id/note.pdf': { params: async (w) => ({ id: await visit(w) }) },
  '/api/visits/:id/addenda/:seq.pdf': { params: async (w) => ({ id: await addendedVisit(w), seq: '1' }) },
  '/api/visits/:id/referral-letter.pdf': { params: async (w) => ({ id: await referralVisit(w) }) },
  '/api/visits/:id/handout.pdf': { params: async (w) => ({ id: await visit(w) }) },
  '/api/patients/:id/progress-report.pdf': { params: async (w) => ({ id: await patient(w) }) },
  '/api/visits/:id/superbill.pdf': { params: async (w) => ({ id: await visit(w) }) },
  '/api/patients/:id/superbill.pdf': { params: async (w) => ({ id: await patient(w) }) },
  '/api/visits/:id/cms1500.pdf': { params: async (w) => ({ id: (await billed(w)).visitId }) },
  '/api/patients/:id/cms1500.pdf': { params: async (w) => ({ id: (await billed(w)).patientId }) },
  '/api/patients/:id/questionnaires': {
    params: async (w) => ({ id: await patient(w) }),
    body: () => ({ instrumentId: 'nprs', answers: { current: 4 } }),
  },
  '/api/patients/:id/outcomes': { params: async (w) => ({ id: await patient(w) }) },
  '/api/patients/:id/history': {
    params: async (w) => ({ id: await patient(w) }),
    body: versioned('patient', { notes: 'Prefers side-lying.' }),
  },
  '/api/patients/:id/exports/fhir': { params: async (w) => ({ id: await patient(w) }) },
  '/api/patients/:id/imported-record': { params: async (w) => ({ id: await patient(w) }) },
  '/api/patients/:id/exports/csv': { params: async (w) => ({ id: await patient(w) }) },
  // Revoking twice answers the client as it stands, so every granted role may send it.
  '/api/backend-clients/:id/revoke': {
    params: async (w) => ({
      id: await w.once('backendClient', () =>
        created(w, '/api/backend-clients', {
          name: 'Matrix warehouse',
          jwks: { keys: [matrixPublicKey] },
          scopes: ['system/*.read'],
        }),
      ),
    }),
  },
  '/api/patients/:id/outcome-schedule': { params: async (w) => ({ id: await patient(w) }) },
  '/api/patients/:id/kiosk-links': {
    params: async (w) => ({ id: await patient(w) }),
    body: () => ({ kind: 'intake' }),
  },
  '/api/patients/:id/kiosk-submissions': { params: async (w) => ({ id: await patient(w) }) },
  '/api/kiosk-submissions/:id/review': {
    params: async (w) => ({ id: await kioskSubmission(w) }),
    body: () => ({}),
  },
  '/api/users/:id': {
    params: (w) => ({ id: w.b.targetUserId }),
    body: versioned('app_user', { displayName: 'Target user' }),
  },
  '/api/users/:id/reset-password': { params: (w) => ({ id: w.b.targetUserId }) },
  '/api/patients/:id': {
    params: async (w) => ({ id: await patient(w) }),
    body: versioned('patient', { occupation: 'teacher' }),
  },
  '/api/patients/:id/archive': {
    params: async (w) => ({ id: await newPatient(w) }),
    body: versioned('patient', {}),
  },
  '/api/patients/:id/timeline': { params: async (w) => ({ id: await patient(w) }) },
  '/api/patients/:id/consents': {
    params: async (w) => ({ id: await patient(w) }),
    body: () => ({ type: 'treatment', date: '2026-01-05', signedBy: 'Ada Lovelace' }),
  },
  '/api/patients/:id/imaging': {
    params: async (w) => ({ id: await patient(w) }),
    body: () => ({ date: '2026-01-05', type: 'xray', region: 'cervical', summary: 'Normal.' }),
  },
  '/api/patients/:id/episodes': {
    params: async (w) => ({ id: await patient(w) }),
    body: () => ({ startDate: '2026-01-05', complaint: 'Low back pain', onset: 'subacute' }),
  },
  '/api/patients/:id/booking-episodes': { params: async (w) => ({ id: await patient(w) }) },
  '/api/episodes/:id': {
    params: async (w) => ({ id: await episode(w) }),
    body: versioned('episode', { phase: 'maintenance' }),
  },
  '/api/patients/:id/visits': {
    params: async (w) => ({ id: await patient(w) }),
    body: () => ({ visitAt: '2026-01-07T10:00:00Z', type: 'follow_up' }),
  },
  '/api/visits/:id': { params: async (w) => ({ id: await visit(w) }), body: versioned('visit', { pain: 3 }) },
  '/api/visits/:id/sign': {
    params: async (w) => ({ id: await newScreenedVisit(w) }),
    body: versioned('visit', { attest: true }),
  },
  '/api/visits/:id/addenda': {
    params: async (w) => ({ id: await signedVisit(w) }),
    body: () => ({ text: 'Addendum.' }),
  },
  '/api/appointments/:id': {
    params: async (w) => ({ id: await appointment(w) }),
    body: versioned('appointment', { note: 'Prefers mornings.' }),
  },
  '/api/appointments/:id/status': {
    params: async (w) => ({ id: await appointment(w) }),
    body: versioned('appointment', { status: 'arrived' }),
  },
  '/api/appointments/:id/visit': { params: async (w) => ({ id: await appointment(w) }) },
  '/api/appointments/:id/check-in-link': { params: async (w) => ({ id: await appointment(w) }) },
  '/api/visits/:id/appointment': { params: async (w) => ({ id: await visit(w) }) },
  '/api/appointment-types/:id': {
    params: async (w) => ({ id: (await bSchedule(w)).appointmentTypes[0]?.id ?? '' }),
    body: versioned('appointment_type', { minutes: 20 }),
  },
  '/api/rooms/:id': {
    params: async (w) => ({ id: await room(w) }),
    body: versioned('room', { name: 'Table 2' }),
  },
  // The same week each time: the first write stores it, later ones change nothing.
  '/api/practitioners/:id/working-hours': {
    params: (w) => ({ id: w.b.users.owner.userId }),
    body: async (w) => {
      const res = await w.b.api('owner')<{ practitioners: { id: string; hours: { version: number } }[] }>(
        'GET',
        '/api/schedule-settings',
      );
      const version = res.body.practitioners.find((p) => p.id === w.b.users.owner.userId)?.hours.version ?? 0;
      return { version, days: [{ weekday: 1, start: '08:00', end: '17:00', breaks: [] }] };
    },
  },
};

/**
 * The other rule: routes whose params name no clinic row (a questionnaire link's token, say), with the
 * reason. They are checked for sessions only; a route needs a fixture or an entry here.
 */
const notClinicScoped: Record<string, string> = {
  '/calendar/:token.ics': "a calendar feed's secret token: calendar-feed.int.test.ts checks it",
};

// ---- The matrix ------------------------------------------------------------------------------------

const isRead = (route: RouteRule) => route.method === 'GET' || route.method === 'HEAD';
const allows = (route: RouteRule, role: Role) =>
  route.permission === 'public' || isGranted(role, route.permission);
const fill = (url: string, params: Params) =>
  url.replace(/:(\w+)/g, (_, name: string) => params[name] ?? `:${name}`);

async function clinicSide(app: FastifyInstance, clinicId?: string): Promise<ClinicSide> {
  const owner = await signIn(app, { role: 'owner', ...(clinicId === undefined ? {} : { clinicId }) });
  const users = { owner } as Record<Role, SignedInUser>;
  for (const role of roles)
    if (role !== 'owner') users[role] = await signIn(app, { role, clinicId: owner.clinicId });
  const target = await apiClient(app, owner.headers)<{ user: { id: string } }>('POST', '/api/users', {
    email: `target-${owner.clinicId.slice(0, 8)}@test.example`,
    displayName: 'Target user',
    role: 'assistant',
  });
  return {
    clinicId: owner.clinicId,
    users,
    targetUserId: target.body.user.id,
    api: (role) => apiClient(app, users[role].headers),
  };
}

const writers = new Map<string, Record<string, string>>();

/**
 * A client for a write: its own user of the role, replaced when a write ended its session (sign-out
 * routes), so no write can end a session the reads reuse.
 */
async function writer(app: FastifyInstance, side: ClinicSide, role: Role): Promise<ApiCall> {
  const key = `${side.clinicId} ${role}`;
  const known = writers.get(key);
  if (known !== undefined) {
    const alive = await app.inject({ method: 'GET', url: '/api/auth/session', headers: known });
    if (alive.statusCode === 200) return apiClient(app, known);
  }
  const headers = (await signIn(app, { role, clinicId: side.clinicId })).headers;
  writers.set(key, headers);
  return apiClient(app, headers);
}

// The route table, read once from an app on a scratch database.
const scratch = await freshDatabase('sqlite');
const scratchApp = await buildApp(testAppOptions(scratch.handle));
const table = [...routeTable(scratchApp)];
await scratchApp.close();
await scratch.drop();

describe('the access matrix itself', () => {
  test('every route with params has a fixture, and every fixture names a route', () => {
    const urls = new Set(table.map((r) => r.url));
    const missing = [
      ...new Set(
        table
          .filter((r) => r.url.includes(':') && !(r.url in fixtures) && !(r.url in notClinicScoped))
          .map((r) => r.url),
      ),
    ];
    assert.deepEqual(
      missing,
      [],
      `add an entry to \`fixtures\` (or \`notClinicScoped\`) in access-matrix.int.test.ts for: ${missing.join(', ')}`,
    );
    const stale = [...Object.keys(fixtures), ...Object.keys(notClinicScoped)].filter((url) => !urls.has(url));
    assert.deepEqual(stale, [], 'these fixtures name no route');
  });
});

for (const dialect of dialects) {
  describe(`access matrix on ${dialect}`, () => {
    let database: TestDatabase;
    let world: MatrixWorld;
    before(async () => {
      database = await freshDatabase(dialect);
      const app = await buildApp(testAppOptions(database.handle));
      const memo = new Map<string, Promise<unknown>>();
      const a = await clinicSide(app);
      const b = await clinicSide(app);
      world = {
        app,
        a,
        b,
        once: <T>(key: string, make: () => Promise<T>) => {
          if (!memo.has(key)) memo.set(key, make());
          return memo.get(key) as Promise<T>;
        },
      };
    });
    after(async () => {
      await world.app.close();
      await database.drop();
    });

    for (const route of table) {
      test(`${route.method} ${route.url} (${route.permission})`, async () => {
        const { app } = world;
        if (route.permission !== 'public') {
          const res = await app.inject({ method: route.method, url: fill(route.url, {}) });
          assert.equal(res.statusCode, 401, 'without a session');
        }
        if (route.url in notClinicScoped) return;
        const fixture = fixtures[route.url];
        if (!route.url.includes(':')) {
          for (const role of roles) {
            const call = isRead(route) ? world.a.api(role) : await writer(app, world.a, role);
            const res = await call(route.method as 'GET', route.url);
            const why = `${role} of the clinic: ${JSON.stringify(res.body)}`;
            if (!allows(route, role)) assert.equal(res.status, 403, why);
            else if (isRead(route)) assert.equal(res.status, 200, why);
            else assert.ok(res.status !== 401 && res.status !== 403, why);
          }
          return;
        }
        assert.ok(fixture?.params !== undefined, `no fixture for ${route.url}`);
        const request = async (side: ClinicSide, role: Role) => {
          const params = await fixture.params!(world);
          const body = isRead(route) ? undefined : await fixture.body?.(world, params);
          const call = isRead(route) ? side.api(role) : await writer(app, side, role);
          return call(route.method as 'GET', fill(route.url, params), body);
        };
        for (const role of roles) {
          const res = await request(world.a, role);
          assert.equal(res.status, 404, `${role} of another clinic: ${JSON.stringify(res.body)}`);
        }
        for (const role of roles) {
          const res = await request(world.b, role);
          const why = `${role} of the owning clinic: ${JSON.stringify(res.body)}`;
          if (!allows(route, role)) assert.equal(res.status, 403, why);
          else if (isRead(route)) assert.equal(res.status, 200, why);
          else if (fixture.body !== undefined || route.method === 'POST')
            assert.ok(res.status >= 200 && res.status < 300, why);
          else assert.ok(![401, 403, 404].includes(res.status), why);
        }
      });
    }
  });
}
