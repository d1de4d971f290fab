import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import QRCode from 'qrcode';
import {
  dialects,
  freshDatabase,
  createPatient,
  signIn,
  testAppOptions,
  type SignedInUser,
  type TestDatabase,
} from '@sotchart/test-support';
import { buildApp } from '../../app';

interface Answer {
  url?: string;
  qrSvg?: string;
  error?: { code: string; details?: { path: string }[] };
}

for (const dialect of dialects) {
  describe(`kiosk link addresses on ${dialect}`, () => {
    let database: TestDatabase;
    /** Configured with a public address; the other app has none. */
    let app: FastifyInstance;
    let unconfigured: FastifyInstance;
    let owner: SignedInUser;
    let patientId: string;

    const linkCount = async (): Promise<number> =>
      Number(
        (
          await database.handle.db
            .selectFrom('kiosk_link')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const createLink = (target: FastifyInstance, headers: Record<string, string> = {}) =>
      target.inject({
        method: 'POST',
        url: `/api/patients/${patientId}/kiosk-links`,
        headers: { ...owner.headers, ...headers },
        payload: { kind: 'questionnaire', instrumentId: 'nprs' },
      });

    before(async () => {
      database = await freshDatabase(dialect);
      app = await buildApp(testAppOptions(database.handle, { publicUrl: 'https://clinic.example/sot/' }));
      unconfigured = await buildApp(testAppOptions(database.handle, { publicUrl: undefined }));
      owner = await signIn(app, { role: 'owner' });
      patientId = await createPatient(app, owner.headers);
    });
    after(async () => {
      await app.close();
      await unconfigured.close();
      await database.drop();
    });

    test('builds the link and its QR code from PUBLIC_URL, whatever Host the request names', async () => {
      const res = await createLink(app, {
        host: 'evil.example',
        'x-forwarded-host': 'evil.example',
        'x-forwarded-proto': 'http',
      });
      assert.equal(res.statusCode, 201, res.body);
      const body = res.json<Answer>();
      assert.match(body.url ?? '', /^https:\/\/clinic\.example\/sot\/kiosk#[A-Za-z0-9_-]{43}$/);
      assert.equal(res.body.includes('evil.example'), false);
      const expectedQr = await QRCode.toString(body.url ?? '', {
        type: 'svg',
        errorCorrectionLevel: 'M',
        margin: 2,
      });
      assert.equal(body.qrSvg, expectedQr, 'the QR code encodes the same address');
    });

    test('while PUBLIC_URL is unset, making a link answers 400 naming PUBLIC_URL and stores nothing', async () => {
      const before = await linkCount();
      const res = await createLink(unconfigured, { host: 'evil.example' });
      assert.equal(res.statusCode, 400, res.body);
      const body = res.json<Answer>();
      assert.equal(body.error?.code, 'VALIDATION_FAILED');
      assert.deepEqual(
        body.error?.details?.map((d) => d.path),
        ['PUBLIC_URL'],
      );
      assert.equal(res.body.includes('evil.example'), false);
      assert.equal(await linkCount(), before);
    });

    test('a public address that only becomes known once listening (the demo start) is read per link', async () => {
      let listening: string | undefined;
      const late = await buildApp(testAppOptions(database.handle, { publicUrl: () => listening }));
      try {
        assert.equal((await createLink(late)).statusCode, 400);
        listening = 'http://127.0.0.1:40123';
        const res = await createLink(late);
        assert.equal(res.statusCode, 201, res.body);
        assert.match(res.json<Answer>().url ?? '', /^http:\/\/127\.0\.0\.1:40123\/kiosk#/);
      } finally {
        await late.close();
      }
    });
  });
}
