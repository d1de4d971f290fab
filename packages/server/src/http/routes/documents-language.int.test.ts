import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { readCatalog } from '@sotchart/i18n/node';
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

/** Text without white space: a PDF breaks lines where it will, and Japanese has no spaces. */
const squeezed = (text: string): string => text.replace(/\s+/g, '');

const categoryTwo = [
  ...screenAnswers(),
  { indicator: 'arm_fossa', phase: 'pre', side: 'R', site: { fossa: 'upper' }, positive: true },
  { indicator: 'arm_fossa', phase: 'post', side: 'none', site: { fossa: 'upper' }, positive: false },
];

const record = {
  subjective: 'Schmerzen rechts beim Treppensteigen.',
  treatment: { blocks: [{ side: 'R', landmark: 'iliac_crest', minutes: 4 }] },
  part: [{ segment: 'SA', letters: ['P', 'A'] }],
  homeCare: 'Walk twenty minutes daily.',
};

for (const dialect of dialects) {
  describe(`documents in the clinic's, the note's, the patient's and the letter's language on ${dialect}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let owner: SignedInUser;
    let api: ApiCall;
    let patientId: string;
    let signedVisitId: string;
    let draftVisitId: string;
    let flaggedVisitId: string;
    const clock = fixedClock('2026-03-02T16:00:00.000Z');

    const get = async (url: string) => {
      const res = await app.inject({ method: 'GET', url, headers: owner.headers });
      return {
        status: res.statusCode,
        body: res.statusCode === 200 ? '' : res.body,
        text: res.statusCode === 200 ? (await extractPdfText(res.rawPayload)).text : '',
      };
    };
    const setClinicLanguage = (language: string) =>
      app.auth.db.updateTable('clinic').set({ language }).where('id', '=', owner.clinicId).execute();

    before(async () => {
      database = await freshDatabase(dialect);
      app = await buildApp(testAppOptions(database.handle, { clock }));
      owner = await signIn(app, { role: 'owner', displayName: 'Dr Grace Hopper' });
      api = apiClient(app, owner.headers);
      patientId = (await api<Body>('POST', '/api/patients', patientInput())).body.id;
      const visit = async (visitAt: string, findings: unknown, withRecord: boolean) => {
        const created = await api<Body>('POST', `/api/patients/${patientId}/visits`, {
          visitAt,
          type: 'follow_up',
          chiefComplaint: 'Kreuzschmerzen',
        });
        const saved = await api<Body>('PATCH', `/api/visits/${created.body.id}`, {
          version: created.body.version,
          pain: 5,
          findings,
          ...(withRecord ? { record } : {}),
        });
        assert.equal(saved.status, 200, JSON.stringify(saved.body));
        return saved.body;
      };
      // Signed while the clinic writes German: the note's language is fixed then.
      await setClinicLanguage('de');
      const signed = await visit('2026-03-02T15:00:00.000Z', categoryTwo, true);
      signedVisitId = signed.id;
      const signing = await api('POST', `/api/visits/${signedVisitId}/sign`, {
        version: signed.version,
        attest: true,
      });
      assert.equal(signing.status, 200, JSON.stringify(signing.body));
      // The clinic then changes its language to Japanese.
      await setClinicLanguage('ja');
      draftVisitId = (await visit('2026-03-02T15:30:00.000Z', categoryTwo, true)).id;
      flaggedVisitId = (await visit('2026-03-02T15:45:00.000Z', screenAnswers(['rf_cauda_equina']), false))
        .id;
    });
    after(async () => {
      await app.close();
      await database.drop();
    });

    test('a signed note stays in the language fixed at signing (German), whatever the clinic writes now', async () => {
      const de = readCatalog('de', 'reports');
      const { status, text } = await get(`/api/visits/${signedVisitId}/note.pdf`);
      assert.equal(status, 200);
      for (const key of [
        'visitNote.title',
        'soap.subjective',
        'soap.objective',
        'soap.assessment',
        'signature.heading',
      ])
        assert.ok(squeezed(text).includes(squeezed(de[key] ?? '∅')), `de ${key} in: ${text}`);
      assert.ok(text.includes('Elektronisch unterschrieben von'), text);
      assert.ok(text.includes('2. März 2026'), text);
      assert.ok(squeezed(text).includes(squeezed(de['frame.unreviewed'] ?? '∅')), text);
      assert.ok(!text.includes('S — Subjective'), text);
      assert.ok(!text.includes('主観的情報'), text);
    });

    test('a draft note is in the clinic’s language now (Japanese), with Japanese glyphs', async () => {
      const ja = readCatalog('ja', 'reports');
      const { status, text } = await get(`/api/visits/${draftVisitId}/note.pdf`);
      assert.equal(status, 200);
      const shown = squeezed(text);
      for (const key of [
        'visitNote.titleDraft',
        'soap.subjective',
        'soap.plan',
        'signature.draft',
        'frame.unreviewed',
      ])
        assert.ok(shown.includes(squeezed(ja[key] ?? '∅')), `ja ${key} in: ${text}`);
      assert.ok(shown.includes('2026年3月2日'), text);
    });

    test('the referral letter is in the clinic’s language, or the one ?language= names', async () => {
      const clinic = await get(`/api/visits/${flaggedVisitId}/referral-letter.pdf`);
      assert.equal(clinic.status, 200);
      assert.ok(
        squeezed(clinic.text).includes(squeezed(readCatalog('ja', 'reports')['referralLetter.title'] ?? '∅')),
      );
      const fr = readCatalog('fr', 'reports');
      const letter = await get(`/api/visits/${flaggedVisitId}/referral-letter.pdf?language=fr`);
      assert.equal(letter.status, 200);
      for (const key of [
        'referralLetter.title',
        'referralLetter.greeting',
        'referralLetter.notDiagnosis',
        'table.redFlag',
      ])
        assert.ok(squeezed(letter.text).includes(squeezed(fr[key] ?? '∅')), `fr ${key} in: ${letter.text}`);
      assert.ok(letter.text.includes('2 mars 2026'), letter.text);
      assert.ok(!letter.text.includes('Dear colleague'), letter.text);
      const english = await get(`/api/visits/${flaggedVisitId}/referral-letter.pdf?language=en`);
      assert.ok(english.text.includes('Dear colleague,'), english.text);
      assert.ok(!english.text.includes('not yet reviewed'), english.text);
    });

    test('an unknown letter language is refused, naming the field', async () => {
      const { status, body } = await get(`/api/visits/${flaggedVisitId}/referral-letter.pdf?language=xx`);
      assert.equal(status, 400);
      assert.match(body, /language/);
    });

    test('the progress report is in the clinic’s language', async () => {
      const ja = readCatalog('ja', 'reports');
      const { status, text } = await get(`/api/patients/${patientId}/progress-report.pdf`);
      assert.equal(status, 200);
      const shown = squeezed(text);
      for (const key of [
        'progress.title',
        'progress.scores',
        'progress.categories',
        'progress.clearing',
        'progress.about',
      ])
        assert.ok(shown.includes(squeezed(ja[key] ?? '∅')), `ja ${key} in: ${text}`);
      assert.ok(shown.includes(squeezed(ja['category.name']?.replace('{category}', 'II') ?? '∅')), text);
    });

    test('a document uses the clinic’s own approved wording, and only once approved', async () => {
      const ref = { language: 'ja', namespace: 'reports', key: 'visitNote.titleDraft' } as const;
      const word = (status: string) =>
        api('PUT', '/api/clinic/wording', { ...ref, text: '診療録（下書き）', status });
      assert.equal((await word('draft')).status, 200);
      assert.ok(
        !squeezed((await get(`/api/visits/${draftVisitId}/note.pdf`)).text).includes('診療録（下書き）'),
      );
      assert.equal((await word('clinician-reviewed')).status, 200);
      const { text } = await get(`/api/visits/${draftVisitId}/note.pdf`);
      assert.ok(squeezed(text).includes('診療録（下書き）'), text);
      assert.equal(
        (await api('DELETE', `/api/clinic/wording?${new URLSearchParams(ref).toString()}`)).status,
        204,
      );
    });

    test('the handout is in the patient’s language, else the clinic’s', async () => {
      const clinicJa = await get(`/api/visits/${draftVisitId}/handout.pdf`);
      assert.ok(
        squeezed(clinicJa.text).includes(squeezed(readCatalog('ja', 'handout')['heading.whatIsSot'] ?? '∅')),
      );
      await app.auth.db
        .updateTable('patient')
        .set({ language: 'pt-BR' })
        .where('id', '=', patientId)
        .execute();
      const pt = readCatalog('pt-BR', 'handout');
      const { status, text } = await get(`/api/visits/${draftVisitId}/handout.pdf`);
      assert.equal(status, 200);
      for (const key of ['heading.whatIsSot', 'heading.foundToday', 'category.II.title'])
        assert.ok(squeezed(text).includes(squeezed(pt[key] ?? '∅')), `pt-BR ${key} in: ${text}`);
    });
  });
}
