import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import {
  apiClient,
  dialects,
  fixedClock,
  freshDatabase,
  patientInput,
  screenAnswers,
  signIn,
  testAppOptions,
  type ApiCall,
  type SignedInUser,
  type TestDatabase,
} from '@sotchart/test-support';
import { buildApp } from '../../app';
import { extractPdfText } from '../../reports/extract-pdf-text';

type Body = { id: string; version: number } & Record<string, unknown>;

/** A Category II visit (REFERENCE §2–3) with the whole screen answered, so it can be signed. */
const findings = [
  ...screenAnswers(),
  { indicator: 'arm_fossa', phase: 'pre', side: 'R', site: { fossa: 'upper' }, positive: true },
  { indicator: 'inguinal_tenderness', phase: 'pre', side: 'R', positive: true },
  { indicator: 'leg_check', phase: 'pre', side: 'L', mm: 5 },
  { indicator: 'arm_fossa', phase: 'post', side: 'none', site: { fossa: 'upper' }, positive: false },
];

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

for (const dialect of dialects) {
  describe(`frozen signed notes on ${dialect}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let owner: SignedInUser;
    let api: ApiCall;
    let patientId: string;
    let episodeId: string;
    let visitId: string;
    /** The signed note's bytes as first served: every edit below must leave them exactly so. */
    let signedNote: Buffer;
    const clock = fixedClock('2026-03-02T16:00:00.000Z');

    const note = async (id: string) => {
      const res = await app.inject({
        method: 'GET',
        url: `/api/visits/${id}/note.pdf`,
        headers: owner.headers,
      });
      assert.equal(res.statusCode, 200, res.body);
      return { bytes: res.rawPayload, sha256: String(res.headers['x-content-sha256']) };
    };
    const versionOf = async (url: string) => (await api<Body>('GET', url)).body.version;

    /** Charts and signs a visit of the patient at `visitAt`. */
    const signedVisit = async (visitAt: string): Promise<string> => {
      const created = await api<Body>('POST', `/api/patients/${patientId}/visits`, {
        episodeId,
        visitAt,
        type: 'follow_up',
        chiefComplaint: 'Right sacroiliac pain on stairs',
      });
      const saved = await api<Body>('PATCH', `/api/visits/${created.body.id}`, {
        version: created.body.version,
        pain: 5,
        findings,
        record: { treatment: { blocks: [{ side: 'R', landmark: 'iliac_crest', minutes: 4 }] } },
      });
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      const signed = await api<Body>('POST', `/api/visits/${created.body.id}/sign`, {
        version: saved.body.version,
        attest: true,
      });
      assert.equal(signed.status, 200, JSON.stringify(signed.body));
      return created.body.id;
    };

    before(async () => {
      database = await freshDatabase(dialect);
      app = await buildApp(testAppOptions(database.handle, { clock }));
      owner = await signIn(app, { role: 'owner', displayName: 'Dr Grace Hopper' });
      api = apiClient(app, owner.headers);
      const clinic = await api<Body>('PATCH', '/api/clinic', {
        version: await versionOf('/api/clinic'),
        name: 'Lakeside SOT Clinic',
        address: '1 Lake Street, Madison',
      });
      assert.equal(clinic.status, 200, JSON.stringify(clinic.body));
      const profile = await api<Body>('PATCH', `/api/users/${owner.userId}`, {
        version: await versionOf(`/api/users/${owner.userId}`),
        profile: {
          nameAsSigned: 'Grace Hopper, DC',
          degree: 'DC',
          licenceNumber: 'DC-4242',
          licenceState: 'WI',
        },
      });
      assert.equal(profile.status, 200, JSON.stringify(profile.body));
      patientId = (await api<Body>('POST', '/api/patients', patientInput())).body.id;
      episodeId = (
        await api<Body>('POST', `/api/patients/${patientId}/episodes`, {
          startDate: '2026-02-02',
          complaint: 'Right sacroiliac pain',
          onset: 'subacute',
          diagnoses: [{ code: 'M99.04', region: 'sacral', rank: 1 }],
        })
      ).body.id;
      visitId = await signedVisit('2026-03-02T15:00:00.000Z');
      signedNote = (await note(visitId)).bytes;
      const { text } = await extractPdfText(signedNote);
      for (const expected of [
        'Ada Lovelace (chart C-100)',
        '1 Lake Street, Madison',
        'Grace Hopper, DC',
        'Licence WI DC-4242',
        'Right sacroiliac pain — since 2 Feb 2026',
        'M99.04 (sacral)',
        '1 of 3 positive findings cleared',
        'Attestation: I, Grace Hopper, DC (DC · Licence WI DC-4242)',
      ])
        assert.ok(text.includes(expected), `missing "${expected}" in: ${text}`);
    });
    after(async () => {
      await app.close();
      await database.drop();
    });

    test("keeps the signed note's bytes when the patient is renamed, and the next visit's note shows the new name", async () => {
      const renamed = await api<Body>('PATCH', `/api/patients/${patientId}`, {
        version: await versionOf(`/api/patients/${patientId}`),
        givenName: 'Augusta',
      });
      assert.equal(renamed.status, 200, JSON.stringify(renamed.body));
      const old = await note(visitId);
      assert.equal(old.bytes.equals(signedNote), true);
      const next = await note(await signedVisit('2026-03-09T15:00:00.000Z'));
      assert.ok((await extractPdfText(next.bytes)).text.includes('Augusta Lovelace (chart C-100)'));
      const oldText = (await extractPdfText(old.bytes)).text;
      assert.ok(oldText.includes('Ada Lovelace (chart C-100)'));
      assert.ok(!oldText.includes('Augusta'));
    });

    test("keeps the signed note's bytes when the clinic's address changes", async () => {
      const moved = await api<Body>('PATCH', '/api/clinic', {
        version: await versionOf('/api/clinic'),
        address: '99 River Road, Madison',
      });
      assert.equal(moved.status, 200, JSON.stringify(moved.body));
      assert.equal((await note(visitId)).bytes.equals(signedNote), true);
    });

    test("keeps the signed note's bytes when the signer's name as signed and licence change", async () => {
      const changed = await api<Body>('PATCH', `/api/users/${owner.userId}`, {
        version: await versionOf(`/api/users/${owner.userId}`),
        profile: { nameAsSigned: 'Grace B. Hopper, DC', licenceNumber: 'DC-9999' },
      });
      assert.equal(changed.status, 200, JSON.stringify(changed.body));
      assert.equal((await note(visitId)).bytes.equals(signedNote), true);
    });

    test("keeps the signed note's bytes when the episode's complaint and diagnoses change", async () => {
      const changed = await api<Body>('PATCH', `/api/episodes/${episodeId}`, {
        version: (
          await app.auth.db
            .selectFrom('episode')
            .select('version')
            .where('id', '=', episodeId)
            .executeTakeFirstOrThrow()
        ).version,
        complaint: 'Low back pain',
        diagnoses: [{ code: 'M99.03', region: 'lumbar', rank: 1 }],
      });
      assert.equal(changed.status, 200, JSON.stringify(changed.body));
      assert.equal((await note(visitId)).bytes.equals(signedNote), true);
    });

    test("keeps the signed note's bytes when a questionnaire of the same day is added", async () => {
      const added = await api<Body>('POST', `/api/patients/${patientId}/questionnaires`, {
        instrumentId: 'nprs',
        answers: { current: 3 },
        administeredAt: '2026-03-02T17:30:00.000Z',
      });
      assert.equal(added.status, 201, JSON.stringify(added.body));
      assert.equal((await note(visitId)).bytes.equals(signedNote), true);
    });

    test("adds an addendum as its own PDF with its own hash, leaving the note's bytes unchanged", async () => {
      const added = await api<{ seq: number; sha256: string }>('POST', `/api/visits/${visitId}/addenda`, {
        text: 'Patient phoned: pain eased.',
      });
      assert.equal(added.status, 201, JSON.stringify(added.body));
      const pdf = await app.inject({
        method: 'GET',
        url: `/api/visits/${visitId}/addenda/1.pdf`,
        headers: owner.headers,
      });
      assert.equal(pdf.statusCode, 200);
      assert.equal(sha256(pdf.rawPayload), added.body.sha256);
      assert.equal(pdf.headers['x-content-sha256'], added.body.sha256);
      assert.notEqual(added.body.sha256, sha256(signedNote));
      const { text } = await extractPdfText(pdf.rawPayload);
      // The addendum names the note it amends by the note's hash, and its author as now signed.
      assert.ok(text.includes(sha256(signedNote)), text);
      assert.ok(text.includes('Grace B. Hopper, DC'), text);
      assert.equal((await note(visitId)).bytes.equals(signedNote), true);
      const rows = await app.auth.db
        .selectFrom('signed_document')
        .select(['kind', 'seq', 'sha256', 'frozen_at_upgrade'])
        .where('visit_id', '=', visitId)
        .orderBy('kind', 'desc')
        .orderBy('seq')
        .execute();
      assert.deepEqual(rows, [
        { kind: 'note', seq: 0, sha256: sha256(signedNote), frozen_at_upgrade: 0 },
        { kind: 'addendum', seq: 1, sha256: added.body.sha256, frozen_at_upgrade: 0 },
      ]);
    });
  });
}
