import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import {
  apiClient,
  dialects,
  freshDatabase,
  signIn,
  signInAs,
  testAppOptions,
  testPassword,
  type ApiCall,
  type SignedInUser,
  type TestDatabase,
} from '@sotchart/test-support';
import { buildApp } from '../../app';

interface UserBody {
  id: string;
  email: string;
  role: string;
  active: boolean;
  mustChangePassword: boolean;
  version: number;
  profile: {
    nameAsSigned: string;
    degree: string;
    licenceNumber: string;
    licenceState: string;
    npi: string | null;
  };
}
interface ErrorBody {
  error: { code: string; details?: { path: string; message: string }[] };
}
const paths = (body: unknown) => (body as ErrorBody).error.details?.map((d) => d.path) ?? [];

for (const dialect of dialects) {
  describe(`user administration on ${dialect}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let owner: SignedInUser;
    let asOwner: ApiCall;
    before(async () => {
      database = await freshDatabase(dialect);
      app = await buildApp(testAppOptions(database.handle));
      owner = await signIn(app, { role: 'owner' });
      asOwner = apiClient(app, owner.headers);
    });
    after(async () => {
      await app.close();
      await database.drop();
    });

    const sessionOf = async (headers: Record<string, string>) =>
      (await app.inject({ method: 'GET', url: '/api/auth/session', headers })).statusCode;

    test('an owner adds a user with a generated temporary password the user must change', async () => {
      const created = await asOwner<{ user: UserBody; temporaryPassword: string }>('POST', '/api/users', {
        email: '  Bea.Lind@Test.Example ',
        displayName: 'Bea Lind',
        role: 'practitioner',
        profile: { nameAsSigned: 'Bea Lind, DC', degree: 'DC', npi: '1234567893' },
      });
      assert.equal(created.status, 201);
      const { user, temporaryPassword } = created.body;
      assert.equal(user.email, 'bea.lind@test.example');
      assert.equal(user.mustChangePassword, true);
      assert.equal(user.profile.npi, '1234567893');
      assert.match(temporaryPassword, /^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);

      const bea = await signInAs(app, user.email, temporaryPassword);
      const session = await app.inject({ method: 'GET', url: '/api/auth/session', headers: bea });
      assert.equal(session.json().user.mustChangePassword, true);
      // Anything but changing the password is refused until it is changed.
      const blocked = await app.inject({ method: 'GET', url: '/api/clinic', headers: bea });
      assert.equal(blocked.statusCode, 403);
      assert.deepEqual(paths(blocked.json()), ['password']);

      const asBea = apiClient(app, bea);
      const weak = await asBea('POST', '/api/auth/password', {
        currentPassword: temporaryPassword,
        newPassword: 'password2026!',
      });
      assert.equal(weak.status, 400);
      assert.deepEqual(paths(weak.body), ['newPassword']);
      // Passes the length, list and repetition rules; zxcvbn scores it 1 and says why.
      const guessable = await asBea<ErrorBody>('POST', '/api/auth/password', {
        currentPassword: temporaryPassword,
        newPassword: 'letmein!letmein!',
      });
      assert.equal(guessable.status, 400);
      assert.deepEqual(paths(guessable.body), ['newPassword']);
      assert.match(guessable.body.error.details?.[0]?.message ?? '', /Repeated character patterns/);
      const wrong = await asBea('POST', '/api/auth/password', {
        currentPassword: 'not-the-temporary-one',
        newPassword: 'copper-kettle-meadow-7',
      });
      assert.equal(wrong.status, 400);
      assert.deepEqual(paths(wrong.body), ['currentPassword']);
      const changed = await asBea('POST', '/api/auth/password', {
        currentPassword: temporaryPassword,
        newPassword: 'copper-kettle-meadow-7',
      });
      assert.equal(changed.status, 204);
      assert.equal((await app.inject({ method: 'GET', url: '/api/clinic', headers: bea })).statusCode, 200);
      assert.equal((await signInAs(app, user.email, 'copper-kettle-meadow-7')).userId, user.id);
    });

    test('a temporary password the owner chooses must pass the policy', async () => {
      const res = await asOwner('POST', '/api/users', {
        email: 'weak@test.example',
        displayName: 'Weak',
        role: 'assistant',
        temporaryPassword: 'short',
      });
      assert.equal(res.status, 400);
      assert.deepEqual(paths(res.body), ['temporaryPassword']);
    });

    test('a taken email, a bad role and a bad NPI are each named', async () => {
      const res = await asOwner('POST', '/api/users', {
        email: owner.email,
        displayName: 'Twin',
        role: 'assistant',
      });
      assert.equal(res.status, 400);
      assert.deepEqual(paths(res.body), ['email']);
      const bad = await asOwner('POST', '/api/users', {
        email: 'x@test.example',
        displayName: '',
        role: 'janitor',
        profile: { npi: '1234567890' },
      });
      assert.equal(bad.status, 400);
      assert.deepEqual(paths(bad.body).sort(), ['displayName', 'profile.npi', 'role']);
    });

    test('an email with an account in another clinic is accepted, so the answer tells nothing of it', async () => {
      const elsewhere = await signIn(app, { role: 'practitioner' });
      assert.notEqual(elsewhere.clinicId, owner.clinicId);
      const created = await asOwner<{ user: UserBody }>('POST', '/api/users', {
        email: elsewhere.email.toUpperCase(),
        displayName: 'Twin',
        role: 'assistant',
      });
      assert.equal(created.status, 201);
      assert.equal(created.body.user.email, elsewhere.email);
      const again = await asOwner<ErrorBody>('POST', '/api/users', {
        email: elsewhere.email,
        displayName: 'Twin again',
        role: 'assistant',
      });
      assert.equal(again.status, 400);
      assert.deepEqual(again.body.error.details, [
        { path: 'email', message: 'is already used by another user of this clinic' },
      ]);
    });

    test('one email in two clinics: the password picks the account, or the clinic is chosen when both open', async () => {
      const other = await signIn(app, { role: 'practitioner' });
      const login = (body: Record<string, unknown>) =>
        app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: other.email, ...body } });
      const temporaryPassword = 'amber-harbour-violin-93';
      const created = await asOwner<{ user: UserBody }>('POST', '/api/users', {
        email: other.email,
        displayName: 'Twin',
        role: 'assistant',
        temporaryPassword,
      });
      assert.equal(created.status, 201);
      assert.equal((await signInAs(app, other.email, testPassword)).clinicId, other.clinicId);
      assert.equal((await signInAs(app, other.email, temporaryPassword)).clinicId, owner.clinicId);

      const reset = await asOwner<{ temporaryPassword: string }>(
        'POST',
        `/api/users/${created.body.user.id}/reset-password`,
        { temporaryPassword: testPassword },
      );
      assert.equal(reset.status, 200);
      const ambiguous = await login({ password: testPassword });
      assert.equal(ambiguous.statusCode, 409);
      const body = ambiguous.json<ErrorBody & { current: { clinics: { id: string; name: string }[] } }>();
      assert.equal(body.error.code, 'CLINIC_CHOICE_REQUIRED');
      assert.deepEqual(body.current.clinics.map((c) => c.id).sort(), [other.clinicId, owner.clinicId].sort());
      assert.equal(ambiguous.cookies.length, 0);
      const chosen = await login({ password: testPassword, clinicId: owner.clinicId });
      assert.equal(chosen.statusCode, 200);
      assert.equal(chosen.json<{ clinic: { id: string } }>().clinic.id, owner.clinicId);
      const notTheirs = await login({ password: testPassword, clinicId: randomUUID() });
      assert.equal(notTheirs.statusCode, 401);
    });

    test('an owner changes a role and a profile with the version; a stale version gets 409 with the current user', async () => {
      const assistant = await signIn(app, { role: 'assistant', clinicId: owner.clinicId });
      const promoted = await asOwner<UserBody>('PATCH', `/api/users/${assistant.userId}`, {
        version: 1,
        role: 'practitioner',
        profile: { licenceNumber: 'DC-1234', licenceState: 'IL' },
      });
      assert.equal(promoted.status, 200);
      assert.equal(promoted.body.role, 'practitioner');
      assert.equal(promoted.body.version, 2);
      assert.deepEqual(promoted.body.profile, {
        nameAsSigned: '',
        degree: '',
        licenceNumber: 'DC-1234',
        licenceState: 'IL',
        npi: null,
      });
      const session = await app.inject({
        method: 'GET',
        url: '/api/auth/session',
        headers: assistant.headers,
      });
      assert.equal(session.json().user.role, 'practitioner');

      const stale = await asOwner<{ current: UserBody }>('PATCH', `/api/users/${assistant.userId}`, {
        version: 1,
        role: 'auditor',
      });
      assert.equal(stale.status, 409);
      assert.equal(stale.body.current.role, 'practitioner');
      assert.equal(stale.body.current.version, 2);
    });

    test('the last active owner can be neither demoted nor deactivated', async () => {
      const own = await asOwner<UserBody>('GET', `/api/users/${owner.userId}`);
      const demote = await asOwner('PATCH', `/api/users/${owner.userId}`, {
        version: own.body.version,
        role: 'practitioner',
      });
      assert.equal(demote.status, 400);
      assert.deepEqual(paths(demote.body), ['role']);
      const deactivate = await asOwner('PATCH', `/api/users/${owner.userId}`, {
        version: own.body.version,
        active: false,
      });
      assert.equal(deactivate.status, 400);
      assert.deepEqual(paths(deactivate.body), ['active']);
    });

    test('resetting a password ends the user’s sessions and forces a change at next sign-in', async () => {
      const practitioner = await signIn(app, { role: 'practitioner', clinicId: owner.clinicId });
      const reset = await asOwner<{ temporaryPassword: string }>(
        'POST',
        `/api/users/${practitioner.userId}/reset-password`,
      );
      assert.equal(reset.status, 200);
      assert.equal(await sessionOf(practitioner.headers), 401);
      const old = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: practitioner.email, password: testPassword },
      });
      assert.equal(old.statusCode, 401);
      const again = await signInAs(app, practitioner.email, reset.body.temporaryPassword);
      const session = await app.inject({ method: 'GET', url: '/api/auth/session', headers: again });
      assert.equal(session.json().user.mustChangePassword, true);
    });

    test('changing one’s own password ends one’s other sessions but keeps this one', async () => {
      const user = await signIn(app, { role: 'auditor', clinicId: owner.clinicId });
      const phone = await signInAs(app, user.email, testPassword);
      const res = await apiClient(app, user.headers)('POST', '/api/auth/password', {
        currentPassword: testPassword,
        newPassword: 'quiet-harbour-lamp-19',
      });
      assert.equal(res.status, 204);
      assert.equal(await sessionOf(user.headers), 200);
      assert.equal(await sessionOf(phone), 401);
    });

    test('the list holds this clinic’s users only', async () => {
      await signIn(app, { role: 'owner' });
      const list = await asOwner<{ items: UserBody[] }>('GET', '/api/users');
      assert.equal(list.status, 200);
      const ids = list.body.items.map((u) => u.id);
      assert.ok(ids.includes(owner.userId));
      const rows = await database.handle.db
        .selectFrom('app_user')
        .select('id')
        .where('clinic_id', '=', owner.clinicId)
        .execute();
      assert.deepEqual(ids.sort(), rows.map((r) => r.id).sort());
    });

    for (const role of ['practitioner', 'assistant', 'auditor'] as const) {
      test(`a ${role} may not list, add or change users`, async () => {
        const user = await signIn(app, { role, clinicId: owner.clinicId });
        const call = apiClient(app, user.headers);
        assert.equal((await call('GET', '/api/users')).status, 403);
        assert.equal(
          (await call('POST', '/api/users', { email: 'y@test.example', displayName: 'Y', role: 'owner' }))
            .status,
          403,
        );
        assert.equal(
          (await call('PATCH', `/api/users/${user.userId}`, { version: 1, role: 'owner' })).status,
          403,
        );
        assert.equal((await call('POST', `/api/users/${owner.userId}/reset-password`)).status, 403);
      });
    }

    test('user changes are audited in the clinic chain', async () => {
      const rows = await database.handle.db
        .selectFrom('audit_log')
        .select(['action', 'entity_type'])
        .where('chain_id', '=', owner.clinicId)
        .where('entity_type', '=', 'user')
        .execute();
      assert.ok(rows.some((r) => r.action === 'create'));
      assert.ok(rows.some((r) => r.action === 'update'));
    });
  });
}
