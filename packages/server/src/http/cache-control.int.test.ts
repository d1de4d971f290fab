import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import {
  dialects,
  freshDatabase,
  createPatient,
  patientInput,
  signIn,
  testAppOptions,
  type SignedInUser,
  type TestDatabase,
} from '@sotchart/test-support';
import { buildApp } from '../app';

for (const dialect of dialects) {
  describe(`Cache-Control on API answers, on ${dialect}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let owner: SignedInUser;
    let assistant: SignedInUser;
    let patientId: string;

    before(async () => {
      database = await freshDatabase(dialect);
      app = await buildApp(testAppOptions(database.handle));
      owner = await signIn(app, { role: 'owner' });
      assistant = await signIn(app, { role: 'assistant', clinicId: owner.clinicId });
      patientId = await createPatient(app, owner.headers);
    });
    after(async () => {
      await app.close();
      await database.drop();
    });

    const cases: {
      name: string;
      method: 'GET' | 'POST' | 'PATCH';
      url: () => string;
      as: () => SignedInUser | null;
      payload?: () => Record<string, unknown>;
      status: number;
    }[] = [
      { name: 'a list', method: 'GET', url: () => '/api/patients', as: () => owner, status: 200 },
      {
        name: 'a record',
        method: 'GET',
        url: () => `/api/patients/${patientId}`,
        as: () => owner,
        status: 200,
      },
      {
        name: 'a created record',
        method: 'POST',
        url: () => '/api/patients',
        as: () => owner,
        payload: () => patientInput({ chartNumber: 'C-200' }),
        status: 201,
      },
      {
        name: 'the session',
        method: 'GET',
        url: () => '/api/auth/session',
        as: () => owner,
        status: 200,
      },
      {
        name: 'a 400 naming a field',
        method: 'PATCH',
        url: () => `/api/patients/${patientId}`,
        as: () => owner,
        payload: () => ({ version: 1, givenName: '' }),
        status: 400,
      },
      {
        name: 'a 404 for an unknown id',
        method: 'GET',
        url: () => '/api/patients/01890000-0000-7000-8000-000000000000',
        as: () => owner,
        status: 404,
      },
      {
        name: 'a 403 for a role without the permission',
        method: 'GET',
        url: () => `/api/patients/${patientId}/visits`,
        as: () => assistant,
        status: 403,
      },
      {
        name: 'a 401 without a session',
        method: 'GET',
        url: () => '/api/patients',
        as: () => null,
        status: 401,
      },
    ];
    for (const c of cases) {
      test(`${c.name} (${c.status}) carries Cache-Control: no-store`, async () => {
        const payload = c.payload?.();
        const res = await app.inject({
          method: c.method,
          url: c.url(),
          headers: c.as()?.headers ?? {},
          ...(payload === undefined ? {} : { payload }),
        });
        assert.equal(res.statusCode, c.status, res.body);
        assert.equal(res.headers['cache-control'], 'no-store');
      });
    }
  });
}
