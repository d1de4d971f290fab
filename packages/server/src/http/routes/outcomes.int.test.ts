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

interface Score {
  status: string;
  value: number | null;
  total: number | null;
  percent: number | null;
  band: { id: string } | null;
  importantChange: number | null;
  change: { baseline: number; delta: number; verdict: string } | null;
  missing: string[];
  activities: { id: string; change: { delta: number; verdict: string } | null }[] | null;
}
interface Response {
  id: string;
  instrumentId: string;
  instrumentVersion: string;
  source: string;
  episodeId: string | null;
  answers: { itemId: string; label: string | null; value: number | null }[];
  score: Score;
  wording?: { language: string; validated: boolean | null; source: string | null } | null;
  error?: { code: string; details?: { path: string }[] };
}

// Each case cites the rule its expected score follows (clinical-notes §2).
const baselines = [
  {
    // NPRS: the current rating alone (physiotherapy.ca NRS-11): 6 is moderate (4–6).
    instrumentId: 'nprs',
    answers: { current: 6 },
    expect: { value: 6, band: 'moderate', items: 3, importantChange: 2 },
  },
  {
    // PSFS: the mean of the activity ratings (Stratford 1995): (3 + 4 + 2) / 3 = 3.
    instrumentId: 'psfs',
    answers: {
      activities: [
        { id: 'lift', label: 'Lifting my child', score: 3 },
        { id: 'garden', label: 'Gardening', score: 4 },
        { id: 'run', label: 'Running', score: 2 },
      ],
    },
    expect: { value: 3, band: null, items: 3, importantChange: 2 },
  },
  {
    // Bournemouth back: the sum of 7 items (Bolton & Breen 1999) = 36; acute onset → MCIC 26 (Newell & Bolton 2010).
    instrumentId: 'bournemouth-back',
    answers: {
      pain: 7,
      daily_activities: 6,
      social_activities: 5,
      anxiety: 4,
      depression: 3,
      work_effect: 5,
      pain_control: 6,
    },
    expect: { value: 36, band: null, items: 7, importantChange: 26 },
  },
  {
    // Bournemouth neck: sum = 21; no published threshold (Bolton & Humphreys 2002).
    instrumentId: 'bournemouth-neck',
    answers: {
      pain: 3,
      daily_activities: 3,
      social_activities: 3,
      anxiety: 3,
      depression: 3,
      work_effect: 3,
      pain_control: 3,
    },
    expect: { value: 21, band: null, items: 7, importantChange: null },
  },
  {
    // NDI: driving missing, prorated as the author prescribes: 24 × 10 / 9 = 26.7, severe (25–34).
    instrumentId: 'ndi',
    answers: {
      pain_intensity: 3,
      personal_care: 2,
      lifting: 3,
      reading: 2,
      headaches: 4,
      concentration: 2,
      work: 3,
      driving: null,
      sleeping: 2,
      recreation: 3,
    },
    expect: { value: 26.7, band: 'severe', items: 10, importantChange: 5 },
  },
  {
    // ODI v2.1a: sex life not applicable: 16 / (5 × 9) × 100 = 35.6 %, moderate (21–40) (Fairbank & Pynsent 2000).
    instrumentId: 'odi',
    answers: {
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
    },
    expect: { value: 35.6, band: 'moderate', items: 10, importantChange: 10 },
  },
];

for (const dialect of dialects) {
  describe(`outcome questionnaires API on ${dialect}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let owner: ApiCall;
    let assistant: ApiCall;
    let practitioner: ApiCall;
    let patientId: string;
    let episodeId: string;
    const clock = fixedClock('2026-03-02T14:30:00.000Z');

    before(async () => {
      database = await freshDatabase(dialect);
      app = await buildApp(testAppOptions(database.handle, { clock }));
      const signedIn = await signIn(app, { role: 'owner' });
      owner = apiClient(app, signedIn.headers);
      assistant = apiClient(
        app,
        (await signIn(app, { role: 'assistant', clinicId: signedIn.clinicId })).headers,
      );
      practitioner = apiClient(
        app,
        (await signIn(app, { role: 'practitioner', clinicId: signedIn.clinicId })).headers,
      );
      patientId = (await owner<{ id: string }>('POST', '/api/patients', patientInput())).body.id;
      const episode = await owner<{ id: string }>('POST', `/api/patients/${patientId}/episodes`, {
        startDate: '2026-02-02',
        complaint: 'Low back pain after lifting',
        onset: 'acute',
        plan: { visitsPerWeek: 1, durationWeeks: 8, goals: [], reExamDate: '2026-03-02' },
      });
      episodeId = episode.body.id;
      const visit = await owner('POST', `/api/patients/${patientId}/visits`, {
        episodeId,
        visitAt: '2026-02-02T15:00:00.000Z',
        type: 'new_patient',
      });
      assert.equal(visit.status, 201);
    });
    after(async () => {
      await app.close();
      await database.drop();
    });

    test('lists every instrument as a form, ODI with section titles only until a licensed pack is loaded', async () => {
      const res = await assistant<
        { definition: { id: string; items: { title: string }[] }; wording: unknown }[]
      >('GET', '/api/instruments');
      assert.equal(res.status, 200);
      assert.deepEqual(
        res.body.map((f) => f.definition.id),
        ['nprs', 'psfs', 'bournemouth-back', 'bournemouth-neck', 'ndi', 'odi'],
      );
      const odi = res.body.find((f) => f.definition.id === 'odi');
      assert.equal(odi?.wording, null);
      assert.equal(odi?.definition.items[0]?.title, 'Pain intensity');
    });

    test('the schedule flags the baseline overdue once the first visit has passed without one', async () => {
      const res = await assistant<{
        overdue: boolean;
        items: { instrumentId: string; kind: string; dueDate: string; status: string }[];
      }>('GET', `/api/patients/${patientId}/outcome-schedule`);
      assert.equal(res.status, 200);
      assert.deepEqual(res.body.items, [
        {
          instrumentId: 'nprs',
          kind: 'baseline',
          dueDate: '2026-02-02',
          status: 'overdue',
          lastAdministeredAt: null,
        },
      ]);
      assert.equal(res.body.overdue, true);
    });

    for (const c of baselines) {
      test(`scores ${c.instrumentId} on the server and stores every item answer`, async () => {
        const res = await practitioner<Response>('POST', `/api/patients/${patientId}/questionnaires`, {
          instrumentId: c.instrumentId,
          answers: c.answers,
          administeredAt: '2026-02-02T15:10:00.000Z',
        });
        assert.equal(res.status, 201, JSON.stringify(res.body));
        assert.equal(res.body.source, 'staff');
        assert.equal(res.body.episodeId, episodeId);
        assert.equal(res.body.score.status, 'complete');
        assert.equal(res.body.score.value, c.expect.value);
        assert.equal(res.body.score.band?.id ?? null, c.expect.band);
        assert.equal(res.body.score.importantChange, c.expect.importantChange);
        assert.equal(res.body.score.change, null);
        assert.equal(res.body.answers.length, c.expect.items);
      });
    }

    test('an assistant sees when questionnaires are due and done, never their answers or scores', async () => {
      const schedule = await assistant<{
        items: { instrumentId: string; lastAdministeredAt: string | null }[];
      }>('GET', `/api/patients/${patientId}/outcome-schedule`);
      assert.equal(schedule.status, 200);
      assert.equal(
        schedule.body.items.find((i) => i.instrumentId === 'nprs')?.lastAdministeredAt,
        '2026-02-02T15:10:00.000Z',
      );
      assert.doesNotMatch(JSON.stringify(schedule.body), /score|answers|value/);
      for (const [method, url] of [
        ['GET', `/api/patients/${patientId}/questionnaires`],
        ['GET', `/api/patients/${patientId}/outcomes`],
        ['POST', `/api/patients/${patientId}/questionnaires`],
      ] as const) {
        const body = method === 'POST' ? { instrumentId: 'nprs', answers: { current: 2 } } : undefined;
        const res = await assistant(method, url, body);
        assert.equal(res.status, 403, `${method} ${url}`);
      }
    });

    test('keeps a missing item as a stored null answer', async () => {
      const res = await owner<Response[]>('GET', `/api/patients/${patientId}/questionnaires`);
      const ndi = res.body.find((r) => r.instrumentId === 'ndi');
      assert.deepEqual(
        ndi?.answers.find((a) => a.itemId === 'driving'),
        { itemId: 'driving', label: null, value: null },
      );
      assert.deepEqual(ndi?.score.missing, ['driving']);
      const psfs = res.body.find((r) => r.instrumentId === 'psfs');
      assert.deepEqual(psfs?.answers[0], { itemId: 'lift', label: 'Lifting my child', value: 3 });
      assert.equal(ndi?.instrumentVersion, '1991');
    });

    test('scores follow-ups against the episode baseline, by the important-change threshold', async () => {
      // ODI 35.6 → 24.4 (11 / 45): a drop of 11.2 points ≥ 10 → improved.
      const odi = await owner<Response>('POST', `/api/patients/${patientId}/questionnaires`, {
        instrumentId: 'odi',
        answers: {
          pain_intensity: 1,
          personal_care: 1,
          lifting: 2,
          walking: 1,
          sitting: 1,
          standing: 1,
          sleeping: 1,
          sex_life: null,
          social_life: 1,
          travelling: 2,
        },
        administeredAt: '2026-02-23T15:00:00.000Z',
      });
      assert.equal(odi.status, 201);
      assert.deepEqual(odi.body.score.change, {
        baseline: 35.6,
        delta: -11.2,
        threshold: 10,
        verdict: 'improved',
      });
      // PSFS 3 → 5.7: the mean gains 2.7 ≥ 2 → improved; "Lifting my child" 3 → 6: 3 ≥ 3 → improved.
      const psfs = await owner<Response>('POST', `/api/patients/${patientId}/questionnaires`, {
        instrumentId: 'psfs',
        answers: {
          activities: [
            { id: 'lift', label: 'Lifting my child', score: 6 },
            { id: 'garden', label: 'Gardening', score: 7 },
            { id: 'run', label: 'Running', score: 4 },
          ],
        },
        administeredAt: '2026-02-23T15:00:00.000Z',
      });
      assert.equal(psfs.body.score.value, 5.7);
      assert.equal(psfs.body.score.change?.verdict, 'improved');
      assert.deepEqual(psfs.body.score.activities?.[0]?.change, {
        baseline: 3,
        delta: 3,
        threshold: 3,
        verdict: 'improved',
      });
      // Bournemouth back 36 → 20: a drop of 16 < 26 (acute) → unchanged.
      const back = await owner<Response>('POST', `/api/patients/${patientId}/questionnaires`, {
        instrumentId: 'bournemouth-back',
        answers: {
          pain: 4,
          daily_activities: 3,
          social_activities: 3,
          anxiety: 2,
          depression: 2,
          work_effect: 3,
          pain_control: 3,
        },
        administeredAt: '2026-02-23T15:00:00.000Z',
      });
      assert.deepEqual(back.body.score.change, {
        baseline: 36,
        delta: -16,
        threshold: 26,
        verdict: 'unchanged',
      });
      // NPRS 6 → mean of 3, 1, 5 = 3: a drop of 3 ≥ 2 → improved, now mild.
      const nprs = await owner<Response>('POST', `/api/patients/${patientId}/questionnaires`, {
        instrumentId: 'nprs',
        answers: { current: 3, best: 1, worst: 5 },
        administeredAt: '2026-02-23T15:00:00.000Z',
      });
      assert.equal(nprs.body.score.band?.id, 'mild');
      assert.equal(nprs.body.score.change?.verdict, 'improved');
    });

    test('answers an instrument does not accept with VALIDATION_FAILED naming each item, storing nothing', async () => {
      const before = await owner<Response[]>('GET', `/api/patients/${patientId}/questionnaires`);
      const res = await owner<Response>('POST', `/api/patients/${patientId}/questionnaires`, {
        instrumentId: 'ndi',
        answers: { lifting: 6, reading: -1, typing: 2 },
      });
      assert.equal(res.status, 400);
      assert.equal(res.body.error?.code, 'VALIDATION_FAILED');
      assert.deepEqual(res.body.error?.details?.map((d) => d.path).sort(), [
        'answers.lifting',
        'answers.reading',
        'answers.typing',
      ]);
      const bad = await owner<Response>('POST', `/api/patients/${patientId}/questionnaires`, {
        instrumentId: 'sf36',
        answers: {},
      });
      assert.deepEqual(
        bad.body.error?.details?.map((d) => d.path),
        ['instrumentId'],
      );
      const after = await owner<Response[]>('GET', `/api/patients/${patientId}/questionnaires`);
      assert.equal(after.body.length, before.body.length);
    });

    test('reports more than one missing NDI item as incomplete, with no score', async () => {
      const res = await owner<Response>('POST', `/api/patients/${patientId}/questionnaires`, {
        instrumentId: 'ndi',
        answers: {
          pain_intensity: 3,
          personal_care: 2,
          lifting: 3,
          reading: 2,
          headaches: 4,
          concentration: 2,
          work: 3,
          sleeping: 2,
        },
        administeredAt: '2026-02-24T15:00:00.000Z',
      });
      assert.equal(res.status, 201);
      assert.equal(res.body.score.status, 'incomplete');
      assert.equal(res.body.score.value, null);
      assert.deepEqual(res.body.score.missing, ['driving', 'recreation']);
    });

    test('the progress view has a series per instrument with bands, threshold and baseline', async () => {
      const res = await practitioner<{
        series: {
          instrumentId: string;
          baseline: number | null;
          importantChange: number | null;
          bands: unknown[];
          points: { value: number | null; verdict: string | null }[];
        }[];
        schedule: { overdue: boolean };
      }>('GET', `/api/patients/${patientId}/outcomes`);
      assert.equal(res.status, 200);
      const odi = res.body.series.find((s) => s.instrumentId === 'odi');
      assert.equal(odi?.baseline, 35.6);
      assert.equal(odi?.importantChange, 10);
      assert.equal(odi?.bands.length, 5);
      assert.deepEqual(
        odi?.points.map((p) => [p.value, p.verdict]),
        [
          [35.6, null],
          [24.4, 'improved'],
        ],
      );
      const ndi = res.body.series.find((s) => s.instrumentId === 'ndi');
      assert.deepEqual(
        ndi?.points.map((p) => p.value),
        [26.7, null],
      );
    });

    test('words the forms in the patient’s language (built-in unvalidated translation, no ODI wording) and scores alike', async () => {
      interface Form {
        definition: { id: string };
        wording: { language: string; validated: boolean | null; items: { title: string }[] } | null;
      }
      const reader = (
        await owner<{ id: string }>(
          'POST',
          '/api/patients',
          patientInput({ chartNumber: 'C-JA', language: 'ja' }),
        )
      ).body.id;
      const forms = await assistant<Form[]>('GET', `/api/instruments?patientId=${reader}`);
      assert.equal(forms.status, 200);
      const nprs = forms.body.find((f) => f.definition.id === 'nprs');
      assert.equal(nprs?.wording?.language, 'ja');
      assert.equal(nprs?.wording?.validated, false);
      assert.equal(nprs?.wording?.items[0]?.title, '現在の痛み');
      assert.equal(forms.body.find((f) => f.definition.id === 'odi')?.wording, null);
      assert.equal(forms.body.find((f) => f.definition.id === 'ndi')?.wording, null);
      // The clinic reads English: the shipped titles; a language asked for gets its built-in translation.
      const english = await assistant<Form[]>('GET', '/api/instruments');
      assert.equal(english.body.find((f) => f.definition.id === 'nprs')?.wording, null);
      const german = await assistant<Form[]>('GET', '/api/instruments?language=de');
      assert.equal(german.body.find((f) => f.definition.id === 'bournemouth-neck')?.wording?.language, 'de');

      const answers = { current: 6 };
      const there = await owner<Response>('POST', `/api/patients/${reader}/questionnaires`, {
        instrumentId: 'nprs',
        answers,
      });
      const englishReader = (
        await owner<{ id: string }>('POST', '/api/patients', patientInput({ chartNumber: 'C-EN' }))
      ).body.id;
      const here = await owner<Response>('POST', `/api/patients/${englishReader}/questionnaires`, {
        instrumentId: 'nprs',
        answers,
      });
      assert.equal(there.status, 201);
      assert.deepEqual(
        [there.body.score.value, there.body.score.band?.id],
        [here.body.score.value, here.body.score.band?.id],
      );
      const progress = await practitioner<{
        series: { instrumentId: string; wording: { language: string; validated: boolean | null } | null }[];
      }>('GET', `/api/patients/${reader}/outcomes`);
      assert.deepEqual(
        progress.body.series.map((s) => [s.instrumentId, s.wording?.language, s.wording?.validated]),
        [['nprs', 'ja', false]],
      );
      // Each questionnaire keeps the wording it was answered in, whatever the patient reads later.
      assert.deepEqual([there.body.wording?.language, there.body.wording?.validated], ['ja', false]);
      assert.match(there.body.wording?.source ?? '', /SOT Chart translation/);
      assert.equal(here.body.wording, null);
      const read = await owner<{ version: number }>('GET', `/api/patients/${reader}`);
      const changed = await owner('PATCH', `/api/patients/${reader}`, {
        version: read.body.version,
        language: 'en',
      });
      assert.equal(changed.status, 200);
      const later = await practitioner<{
        series: { instrumentId: string; wording: { language: string; validated: boolean | null } | null }[];
      }>('GET', `/api/patients/${reader}/outcomes`);
      assert.deepEqual(
        later.body.series.map((s) => [s.instrumentId, s.wording?.language, s.wording?.validated]),
        [['nprs', 'ja', false]],
      );
    });

    test('the schedule moves to the next follow-up, and to the re-exam date when the clinic says so', async () => {
      const interval = await owner<{
        items: { instrumentId: string; dueDate: string | null; status: string }[];
        overdue: boolean;
      }>('GET', `/api/patients/${patientId}/outcome-schedule`);
      // Every instrument given in the episode is tracked; the last ones were on 23 Feb: due 9 Mar.
      assert.deepEqual(
        interval.body.items.map((i) => [i.instrumentId, i.dueDate, i.status]),
        [
          ['nprs', '2026-03-09', 'upcoming'],
          ['psfs', '2026-03-09', 'upcoming'],
          ['bournemouth-back', '2026-03-09', 'upcoming'],
          ['bournemouth-neck', '2026-02-16', 'overdue'],
          ['ndi', '2026-02-16', 'overdue'],
          ['odi', '2026-03-09', 'upcoming'],
        ],
      );
      assert.equal(interval.body.overdue, true);
      const settings = await owner<{ version: number; mode: string }>('GET', '/api/outcome-settings');
      assert.deepEqual(settings.body, {
        mode: 'interval',
        intervalDays: 14,
        instruments: ['nprs'],
        nprsBands: 'standard',
        version: 1,
      });
      const forbidden = await assistant('PUT', '/api/outcome-settings', { version: 1, mode: 're_exam' });
      assert.equal(forbidden.status, 403);
      const changed = await owner<{ version: number; mode: string }>('PUT', '/api/outcome-settings', {
        version: 1,
        mode: 're_exam',
      });
      assert.equal(changed.status, 200);
      assert.equal(changed.body.version, 2);
      const stale = await owner<{ error: { code: string } }>('PUT', '/api/outcome-settings', {
        version: 1,
        mode: 'interval',
      });
      assert.equal(stale.body.error.code, 'VERSION_CONFLICT');
      const reExam = await owner<{
        items: { instrumentId: string; dueDate: string | null; status: string }[];
        due: boolean;
      }>('GET', `/api/patients/${patientId}/outcome-schedule`);
      // The plan's re-exam is today (2 Mar): everything given before it is due today.
      assert.deepEqual(
        reExam.body.items.map((i) => [i.instrumentId, i.dueDate, i.status]),
        [
          ['nprs', '2026-03-02', 'due'],
          ['psfs', '2026-03-02', 'due'],
          ['bournemouth-back', '2026-03-02', 'due'],
          ['bournemouth-neck', '2026-03-02', 'due'],
          ['ndi', '2026-03-02', 'due'],
          ['odi', '2026-03-02', 'due'],
        ],
      );
      assert.equal(reExam.body.due, true);
    });

    test('loads licensed ODI wording as a text pack only with a licence, and the form then carries it', async () => {
      const { licence, ...pack } = placeholderTextPack('odi');
      const unlicensed = await owner<{ error: { details: { path: string }[] } }>(
        'PUT',
        '/api/outcome-text-packs',
        pack,
      );
      assert.equal(unlicensed.status, 400);
      assert.deepEqual(
        unlicensed.body.error.details.map((d) => d.path),
        ['licence'],
      );
      const byAssistant = await assistant('PUT', '/api/outcome-text-packs', { ...pack, licence });
      assert.equal(byAssistant.status, 403);
      const loaded = await owner<{ licence: unknown }>('PUT', '/api/outcome-text-packs', {
        ...pack,
        licence,
      });
      assert.equal(loaded.status, 200);
      assert.deepEqual(loaded.body.licence, {
        holder: 'Test Licence Holder',
        reference: 'TEST-0001',
        statement: 'Placeholder wording for tests; the clinic affirms it holds a licence.',
      });
      const forms = await owner<
        { definition: { id: string }; wording: { items: { options: string[] | null }[] } | null }[]
      >('GET', '/api/instruments');
      assert.deepEqual(
        forms.body.find((f) => f.definition.id === 'odi')?.wording?.items[0]?.options,
        [0, 1, 2, 3, 4, 5].map((n) => `Pain intensity, statement ${n}`),
      );
      const listed = await assistant<{ instrumentId: string }[]>('GET', '/api/outcome-text-packs');
      assert.deepEqual(
        listed.body.map((p) => p.instrumentId),
        ['odi'],
      );
    });

    test('keeps a licensed wording per language: a French ODI beside the English, each patient reading their own', async () => {
      const french = placeholderTextPack('odi', {
        language: 'fr',
        items: Object.fromEntries(
          Object.entries(placeholderTextPack('odi').items).map(([id, item]) => [
            id,
            { ...item, options: item.options?.map((o) => `FR ${o}`) },
          ]),
        ),
      });
      assert.equal((await owner('PUT', '/api/outcome-text-packs', placeholderTextPack('odi'))).status, 200);
      assert.equal((await owner('PUT', '/api/outcome-text-packs', french)).status, 200);
      const listed = await assistant<{ instrumentId: string; language: string }[]>(
        'GET',
        '/api/outcome-text-packs',
      );
      assert.deepEqual(
        listed.body.filter((p) => p.instrumentId === 'odi').map((p) => p.language),
        ['en-GB', 'fr'],
      );
      const reader = (
        await owner<{ id: string }>(
          'POST',
          '/api/patients',
          patientInput({ chartNumber: 'C-FR', language: 'fr' }),
        )
      ).body.id;
      type Forms = {
        definition: { id: string };
        wording: { items: { options: string[] | null }[] } | null;
      }[];
      const odiOf = (forms: Forms) =>
        forms.find((f) => f.definition.id === 'odi')?.wording?.items[0]?.options?.[0];
      assert.equal(
        odiOf((await owner<Forms>('GET', `/api/instruments?patientId=${reader}`)).body),
        'FR Pain intensity, statement 0',
      );
      assert.equal(
        odiOf((await owner<Forms>('GET', '/api/instruments')).body),
        'Pain intensity, statement 0',
      );
    });

    const refusedPacks: { name: string; pack: () => Record<string, unknown>; paths: string[] }[] = [
      {
        // Issue 21: a pack is validated against the instrument's item count.
        name: 'a pack wording 9 of the 10 NDI items, naming the items field',
        pack: () => {
          const { driving: _left, ...items } = placeholderTextPack('ndi').items;
          return { ...placeholderTextPack('ndi'), items };
        },
        paths: ['items'],
      },
      {
        // Issue 21: … and against its option counts (six statements for a 0–5 item).
        name: 'an NDI item with five statements',
        pack: () => {
          const full = placeholderTextPack('ndi');
          return { ...full, items: { ...full.items, reading: { options: ['a', 'b', 'c', 'd', 'e'] } } };
        },
        paths: ['items.reading.options'],
      },
      {
        name: 'a pack for another version of ODI',
        pack: () => ({ ...placeholderTextPack('odi'), version: '2.0' }),
        paths: ['version'],
      },
    ];
    for (const c of refusedPacks)
      test(`refuses ${c.name} with 400 naming the field`, async () => {
        const res = await owner<{ error: { code: string; details: { path: string }[] } }>(
          'PUT',
          '/api/outcome-text-packs',
          c.pack(),
        );
        assert.equal(res.status, 400);
        assert.equal(res.body.error.code, 'VALIDATION_FAILED');
        assert.deepEqual(
          res.body.error.details.map((d) => d.path),
          c.paths,
        );
      });
  });
}
