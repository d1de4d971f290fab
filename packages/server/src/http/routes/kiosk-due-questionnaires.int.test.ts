import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import {
  apiClient,
  dialects,
  fixedClock,
  freshDatabase,
  patientInput,
  placeholderTextPack,
  signIn,
  testAppOptions,
  type ApiCall,
  type TestDatabase,
} from '@sotchart/test-support';
import { buildApp } from '../../app';

type Body = Record<string, unknown> & { error?: { code: string; details?: { path: string }[] } };
interface Link {
  id: string;
  url: string;
  status: string;
  instrumentIds: string[];
  answered: number;
}
interface Opened {
  answered: number;
  questionnaires: {
    definition: { id: string; items: { title: string }[] };
    wording: { items: { title: string; text: string | null; options: string[] | null }[] } | null;
  }[];
}
interface Stored {
  instrumentId: string;
  source: string;
  score: { value: number };
}

/** NDI raw 0–50: 1+1+2+0+1+1+1+2+1+0 = 10 points (10 answered). */
const ndiAnswers = {
  pain_intensity: 1,
  personal_care: 1,
  lifting: 2,
  reading: 0,
  headaches: 1,
  concentration: 1,
  work: 1,
  driving: 2,
  sleeping: 1,
  recreation: 0,
};
/** ODI 16 / 45 = 35.6 % (sex life not applicable), as in the ODI scoring example of clinical-notes §2. */
const odiAnswers = {
  pain_intensity: 2,
  personal_care: 1,
  lifting: 3,
  walking: 1,
  sitting: 2,
  standing: 2,
  sleeping: 1,
  sex_life: null,
  social_life: 2,
  travelling: 2,
};
const tokenOf = (link: Link): string => link.url.split('#')[1] ?? '';

for (const dialect of dialects) {
  describe(`one tablet hand-over for every due questionnaire on ${dialect}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let owner: ApiCall;
    let assistant: ApiCall;
    /** The kiosk: no session, no cookie. */
    let kiosk: ApiCall;
    let patientId: string;
    const clock = fixedClock('2026-03-02T14:30:00.000Z');

    const newPatient = async (chartNumber: string, episode: boolean): Promise<string> => {
      const id = (await owner<{ id: string }>('POST', '/api/patients', patientInput({ chartNumber }))).body
        .id;
      if (episode) {
        const res = await owner('POST', `/api/patients/${id}/episodes`, {
          startDate: '2026-03-02',
          complaint: 'Neck and low back pain',
          onset: 'acute',
          plan: { visitsPerWeek: 1, durationWeeks: 6, goals: [], reExamDate: null },
        });
        assert.equal(res.status, 201, JSON.stringify(res.body));
      }
      return id;
    };
    const dueLink = async (patient: string): Promise<Link> => {
      const res = await assistant<Link>('POST', `/api/patients/${patient}/kiosk-links`, {
        kind: 'due_questionnaires',
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      return res.body;
    };
    const open = (link: Link) => kiosk<Opened & Body>('POST', '/api/kiosk/open', { token: tokenOf(link) });
    const fromKiosk = async (patient: string): Promise<Stored[]> =>
      (await owner<Stored[]>('GET', `/api/patients/${patient}/questionnaires`)).body.filter(
        (r) => r.source === 'kiosk',
      );

    before(async () => {
      database = await freshDatabase(dialect);
      app = await buildApp(testAppOptions(database.handle, { clock }));
      const ownerUser = await signIn(app, { role: 'owner' });
      owner = apiClient(app, ownerUser.headers);
      assistant = apiClient(
        app,
        (await signIn(app, { role: 'assistant', clinicId: ownerUser.clinicId })).headers,
      );
      kiosk = apiClient(app);
      // The clinic tracks NDI and ODI: both baselines are due at an episode's start.
      const settings = await owner<{ version: number }>('GET', '/api/outcome-settings');
      const changed = await owner('PUT', '/api/outcome-settings', {
        version: settings.body.version,
        instruments: ['ndi', 'odi'],
      });
      assert.equal(changed.status, 200, JSON.stringify(changed.body));
      patientId = await newPatient('C-200', true);
    });
    after(async () => {
      await app.close();
      await database.drop();
    });

    test('one link offers every due questionnaire in turn and is used up only after the last', async () => {
      const link = await dueLink(patientId);
      assert.deepEqual([link.instrumentIds, link.answered, link.status], [['ndi', 'odi'], 0, 'open']);

      const first = await open(link);
      assert.equal(first.status, 200);
      assert.deepEqual(
        [first.body.questionnaires.map((q) => q.definition.id), first.body.answered],
        [['ndi', 'odi'], 0],
      );
      const sentNdi = await kiosk<Body>('POST', '/api/kiosk/submit', {
        token: tokenOf(link),
        kind: 'questionnaire',
        answers: ndiAnswers,
      });
      assert.equal(sentNdi.status, 201, JSON.stringify(sentNdi.body));
      assert.deepEqual(sentNdi.body, {
        kind: 'questionnaire',
        receivedAt: '2026-03-02T14:30:00.000Z',
        remaining: 1,
      });
      // The practitioner sees the first questionnaire at once, while the link stays open for the next.
      assert.deepEqual(
        (await fromKiosk(patientId)).map((r) => [r.instrumentId, r.score.value]),
        [['ndi', 10]],
      );
      const links = await assistant<Link[]>('GET', `/api/patients/${patientId}/kiosk-links`);
      const listed = links.body.find((l) => l.id === link.id);
      assert.deepEqual([listed?.status, listed?.answered], ['open', 1]);

      // A reload of the tablet resumes at the second questionnaire.
      const resumed = await open(link);
      assert.deepEqual(
        [resumed.body.questionnaires.map((q) => q.definition.id), resumed.body.answered],
        [['odi'], 1],
      );
      const outOfStep = await kiosk<Body>('POST', '/api/kiosk/submit', {
        token: tokenOf(link),
        kind: 'questionnaire',
        instrumentId: 'ndi',
        answers: ndiAnswers,
      });
      assert.equal(outOfStep.status, 400);
      assert.deepEqual(
        outOfStep.body.error?.details?.map((d) => d.path),
        ['instrumentId'],
      );
      const sentOdi = await kiosk<Body>('POST', '/api/kiosk/submit', {
        token: tokenOf(link),
        kind: 'questionnaire',
        instrumentId: 'odi',
        answers: odiAnswers,
      });
      assert.equal(sentOdi.status, 201, JSON.stringify(sentOdi.body));
      assert.equal(sentOdi.body.remaining, 0);
      assert.deepEqual(
        (await fromKiosk(patientId)).map((r) => [r.instrumentId, r.score.value]),
        [
          ['ndi', 10],
          ['odi', 35.6],
        ],
      );
      const used = await open(link);
      assert.equal(used.status, 410);
      assert.equal(used.body.error?.code, 'LINK_EXPIRED');
      const schedule = await assistant<{ due: boolean; overdue: boolean }>(
        'GET',
        `/api/patients/${patientId}/outcome-schedule`,
      );
      assert.deepEqual([schedule.body.due, schedule.body.overdue], [false, false]);
    });

    test('expires as a one-form link does, even half answered', async () => {
      const patient = await newPatient('C-201', true);
      const link = await dueLink(patient);
      const sent = await kiosk<Body>('POST', '/api/kiosk/submit', {
        token: tokenOf(link),
        kind: 'questionnaire',
        answers: ndiAnswers,
      });
      assert.equal(sent.status, 201);
      clock.advance(30 * 60_000);
      try {
        const late = await open(link);
        assert.equal(late.status, 410);
        const submit = await kiosk<Body>('POST', '/api/kiosk/submit', {
          token: tokenOf(link),
          kind: 'questionnaire',
          answers: odiAnswers,
        });
        assert.equal(submit.status, 410);
      } finally {
        clock.advance(-30 * 60_000);
      }
      assert.deepEqual(
        (await fromKiosk(patient)).map((r) => r.instrumentId),
        ['ndi'],
      );
    });

    test('refuses a hand-over when nothing is due, naming the kind', async () => {
      const patient = await newPatient('C-202', false);
      const res = await assistant<Body>('POST', `/api/patients/${patient}/kiosk-links`, {
        kind: 'due_questionnaires',
      });
      assert.equal(res.status, 400);
      assert.deepEqual(
        res.body.error?.details?.map((d) => d.path),
        ['kind'],
      );
    });

    test('shows section titles without a text pack, the validated wording with one, and scores alike', async () => {
      const before = await newPatient('C-203', true);
      const plain = await open(await dueLink(before));
      const plainNdi = plain.body.questionnaires[0];
      assert.equal(plainNdi?.wording, null);
      assert.equal(plainNdi?.definition.items[0]?.title, 'Pain intensity');

      const loaded = await owner<Body>('PUT', '/api/outcome-text-packs', placeholderTextPack('ndi'));
      assert.equal(loaded.status, 200, JSON.stringify(loaded.body));
      const after = await newPatient('C-204', true);
      const link = await dueLink(after);
      const worded = await open(link);
      const wordedNdi = worded.body.questionnaires[0];
      assert.deepEqual(wordedNdi?.wording?.items[0], {
        id: 'pain_intensity',
        title: 'Pain intensity',
        text: 'Placeholder question about pain intensity',
        options: [0, 1, 2, 3, 4, 5].map((n) => `Pain intensity, statement ${n}`),
        anchors: null,
      });
      // ODI has no pack: it keeps its section titles in the same hand-over.
      assert.equal(worded.body.questionnaires[1]?.wording, null);

      for (const [patient, token] of [
        [before, null],
        [after, tokenOf(link)],
      ] as const) {
        const opened = token ?? tokenOf(await dueLink(patient));
        const sent = await kiosk<Body>('POST', '/api/kiosk/submit', {
          token: opened,
          kind: 'questionnaire',
          answers: ndiAnswers,
        });
        assert.equal(sent.status, 201, JSON.stringify(sent.body));
      }
      const scores = [...(await fromKiosk(before)), ...(await fromKiosk(after))].map((r) => r.score.value);
      assert.deepEqual(scores, [10, 10]);
    });
  });
}
